package io.claimtracker.conflict.detect;

/** The ways two claims can conflict. */
public enum ConflictKind {
    /** The same quantity with incompatible values. */
    NUMERIC,
    /** The same event placed on different dates. */
    TEMPORAL,
    /** One claim asserts what the other denies. */
    POLARITY,
    /** One deal told as still to come (close, offered, denied) and as done (signed, reached). */
    DEAL_STAGE,
    /** One claim calls untrue, or denies, what the other asserts outright ("the report is baseless"). */
    DENIAL,
    /** States of one subject that exclude each other: alive against killed. */
    OUTCOME,
    /** Opposed predicates about the same thing: offer against refuse, negotiate against fight. */
    OPPOSED_ACTION,
    /** Opposite stances recorded by editors on one proposition of a topic. */
    STANCE,
    /** Hedged claims that pull against each other; weaker than a contradiction. */
    TENSION,
    /** Statements about the same event that the contradiction model reads as incompatible, with no cue word. */
    CONTRADICTION,
    /** A later claim reports a change to what an earlier one said: the story moving on, not a conflict. */
    DEVELOPMENT
}
