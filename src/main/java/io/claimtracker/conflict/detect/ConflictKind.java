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
    /** One event told of one subject as done by different named agents: an Iraqi strike against a US strike. */
    AGENT,
    /** Opposed predicates about the same thing: offer against refuse, negotiate against fight. */
    OPPOSED_ACTION,
    /** Opposite stances recorded by editors on one proposition of a topic. */
    STANCE,
    /** Hedged claims that pull against each other; weaker than a contradiction. */
    TENSION,
    /** Statements about the same event that the contradiction model reads as incompatible, with no cue word. */
    CONTRADICTION,
    /**
     * A stage or state that differs between claims whose dates are not both known: a conflict if said at one time,
     * the story moving on if days apart. Recorded for an editor to date, never flagged.
     */
    DATES_NEEDED,
    /** A later claim reports a change to what an earlier one said: the story moving on, not a conflict. */
    DEVELOPMENT;

    /** Whether findings of this kind are recorded beside the queue (developments, dates needed), never flagged. */
    public boolean recordedOnly() {
        return this == DEVELOPMENT || this == DATES_NEEDED;
    }
}
