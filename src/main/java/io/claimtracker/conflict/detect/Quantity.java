package io.claimtracker.conflict.detect;

/**
 * A number stated in a claim, as the interval of values it allows: "30" is [30, 30], "more than 30" is (30, ∞),
 * "about 30,000" is a few percent either side. {@code unit} is the noun or concept it counts, when known.
 */
record Quantity(double low, double high, boolean lowOpen, boolean highOpen, String unit, String phrase,
                int tokenIndex, boolean offset) {

    Quantity(double low, double high, boolean lowOpen, boolean highOpen, String unit, String phrase, int tokenIndex) {
        this(low, high, lowOpen, highOpen, unit, phrase, tokenIndex, false);
    }

    /** The same figure read as a span of time from some other event ("two weeks after"), not a count. */
    Quantity asOffset() {
        return new Quantity(low, high, lowOpen, highOpen, unit, phrase, tokenIndex, true);
    }

    boolean compatibleWith(Quantity other) {
        if (high < other.low || other.high < low) {
            return false;
        }
        if (high == other.low) {
            return !highOpen && !other.lowOpen;
        }
        if (other.high == low) {
            return !other.highOpen && !lowOpen;
        }
        return true;
    }

    /** How far apart the two intervals are, relative to their size; 0 when they touch or overlap. */
    double relativeGap(Quantity other) {
        double gap = Math.max(other.low - high, low - other.high);
        double scale = Math.max(Math.abs(Double.isInfinite(high) ? low : high),
                Math.abs(Double.isInfinite(other.high) ? other.low : other.high));
        return gap <= 0 || scale == 0 ? 0 : gap / scale;
    }
}
