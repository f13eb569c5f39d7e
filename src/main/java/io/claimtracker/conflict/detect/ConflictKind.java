package io.claimtracker.conflict.detect;

/** The ways two claims can conflict. */
public enum ConflictKind {
    /** The same quantity with incompatible values. */
    NUMERIC(Trait.TYPED),
    /** The same event placed on different dates. */
    TEMPORAL(Trait.TYPED, Trait.LASTING),
    /** One claim asserts what the other denies. */
    POLARITY(Trait.STATE, Trait.STAGE),
    /** One deal told as still to come (close, offered, denied) and as done (signed, reached). */
    DEAL_STAGE(Trait.TYPED, Trait.STATE, Trait.STAGE),
    /** One claim calls untrue, or denies, what the other asserts outright ("the report is baseless"). */
    DENIAL(Trait.TYPED, Trait.STATE),
    /** States of one subject that exclude each other: alive against killed. */
    OUTCOME(Trait.TYPED),
    /** One event told of one subject as done by different named agents: an Iraqi strike against a US strike. */
    AGENT(Trait.TYPED, Trait.LASTING),
    /** Opposed predicates about the same thing: offer against refuse, negotiate against fight. */
    OPPOSED_ACTION,
    /** Opposite stances recorded by editors on one proposition of a topic. */
    STANCE(Trait.UNJUDGED, Trait.LASTING),
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

    /** How the judge treats a finding of a kind: the one place a new check's kind says it. */
    enum Trait {
        /** Dates, numbers, stages and the like, which the model reads poorly: it only vetoes them as unrelated. */
        TYPED,
        /** Recorded by editors, not found in words: the model does not read it. */
        UNJUDGED,
        /** A conflict at any gap in time, never the story moving on (one event's date or agent, a stance). */
        LASTING,
        /** About a state, timed by the day a statement says it held ("in June the league was not looking to …"). */
        STATE,
        /** May be the story moving on: without both claims' dates it waits as dates needed instead of a flag. */
        STAGE
    }

    private final java.util.Set<Trait> traits;

    ConflictKind(Trait... traits) {
        this.traits = traits.length == 0 ? java.util.EnumSet.noneOf(Trait.class)
                : java.util.EnumSet.copyOf(java.util.List.of(traits));
    }

    /** Whether findings of this kind are recorded beside the queue (developments, dates needed), never flagged. */
    public boolean recordedOnly() {
        return this == DEVELOPMENT || this == DATES_NEEDED;
    }

    boolean is(Trait trait) {
        return traits.contains(trait);
    }
}
