package io.claimtracker.conflict.detect;

/**
 * The detector's answer for one pair: whether it conflicts, how, how strongly (0 to 1), in words that quote
 * the clashing parts, and whether one speaker contradicts themself.
 */
public record Verdict(boolean conflict, ConflictKind kind, double score, String explanation, boolean reversal) {

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

    /** The finding re-read as a development: {@code earlier} ("A" or "B") spoke first, {@code days} before. */
    public Verdict asDevelopment(String earlier, long days) {
        String later = earlier.equals("A") ? "B" : "A";
        return new Verdict(false, ConflictKind.DEVELOPMENT, score, "A development rather than a conflict: " + later
                + " was said " + days + " days after " + earlier + ", so it may report a change. " + explanation,
                reversal);
    }

    public Verdict asTension(String hedge) {
        return new Verdict(conflict, ConflictKind.TENSION, score * 0.6,
                explanation + " Hedged (“" + hedge + "”), so this is tension rather than a contradiction.", reversal);
    }
}
