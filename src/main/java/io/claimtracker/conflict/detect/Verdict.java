package io.claimtracker.conflict.detect;

/**
 * The detector's answer for one pair: whether it conflicts, how, how strongly (0 to 1), in words that quote
 * the clashing parts, and whether one speaker contradicts themself.
 */
public record Verdict(boolean conflict, ConflictKind kind, double score, String explanation, boolean reversal) {

    /** Where the explanation names the first and the second statement's speaker. */
    static final String FIRST = "{A}";
    static final String SECOND = "{B}";

    /** The explanation with "A" and "B" for the two statements, as the stateless check and the evaluations show it. */
    @Override
    public String explanation() {
        return named("A", "B");
    }

    /**
     * The explanation naming who said each statement, each verb agreeing with its speaker ("the Pentagon spokesman
     * denies what Russian officials assert").
     */
    public String named(String first, String second) {
        return explanation == null ? null : SpeakerNames.agreeing(explanation, FIRST, first, SECOND, second);
    }

    public static Verdict none(String why) {
        return new Verdict(false, null, 0, why, false);
    }

    public static Verdict of(ConflictKind kind, double score, String explanation) {
        return new Verdict(true, kind, Math.max(0, Math.min(1, score)), explanation, false);
    }

    public Verdict asReversal() {
        return new Verdict(conflict, kind, score, "Same speaker, reversed: " + explanation, true);
    }

    public Verdict withScore(double newScore) {
        return new Verdict(conflict, kind, Math.max(0, Math.min(1, newScore)), explanation, reversal);
    }

    /** The finding re-read as a development: the first statement spoke first when {@code firstEarlier}. */
    public Verdict asDevelopment(boolean firstEarlier, long days) {
        String earlier = firstEarlier ? FIRST : SECOND;
        String later = firstEarlier ? SECOND : FIRST;
        return new Verdict(false, ConflictKind.DEVELOPMENT, score, "A development rather than a conflict: " + later
                + " spoke " + days + " days after " + earlier + ", so it may report a change. " + explanation,
                reversal);
    }

    /**
     * The finding held back until both claims are dated: at one time it would be a conflict, days apart the story
     * moving on. {@code firstUndated} and {@code secondUndated} say whose date is missing.
     */
    public Verdict asDatesNeeded(boolean firstUndated, boolean secondUndated) {
        String whose = firstUndated && secondUndated ? "either claim" : firstUndated ? FIRST + "'s claim"
                : SECOND + "'s claim";
        return new Verdict(false, ConflictKind.DATES_NEEDED, score, "Dates needed: the date of " + whose
                + " is unknown, so this may be a conflict or the story moving on. " + explanation, reversal);
    }

    public Verdict asTension(String hedge) {
        return new Verdict(conflict, ConflictKind.TENSION, score * 0.6,
                explanation + " Hedged (“" + hedge + "”), so this is tension rather than a contradiction.", reversal);
    }
}
