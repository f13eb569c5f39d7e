package io.claimtracker.conflict.detect;

/**
 * A pair the detector did not flag but puts before an editor: {@code kind} is what a rule or the model read in it
 * (null when only closeness in meaning brings it up), {@code datesNeeded} when it waits for a date, {@code score}
 * from 0 to 1 orders a claim's leads, {@code reason} says why in words naming both speakers, and {@code best} whether
 * it is among the best of its check, which alone may add a pair not yet shown (others only keep one that is).
 */
public record Lead(ConflictKind kind, boolean datesNeeded, double score, String reason, boolean best) {

    Lead(ConflictKind kind, boolean datesNeeded, double score, String reason) {
        this(kind, datesNeeded, score, reason, false);
    }

    Lead asBest() {
        return new Lead(kind, datesNeeded, score, reason, true);
    }

    /** The reason naming who said each statement. */
    public String named(String first, String second) {
        return reason.replace(Verdict.FIRST, first).replace(Verdict.SECOND, second);
    }
}
