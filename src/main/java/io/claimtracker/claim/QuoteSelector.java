package io.claimtracker.claim;

/**
 * A quote anchored in an article body the way a W3C Web Annotation anchors text: the exact words with up to
 * 32 characters of context either side (TextQuoteSelector) and their position (TextPositionSelector).
 * Offsets count Unicode code points from the start of the body; {@code end} is exclusive.
 */
public record QuoteSelector(String exact, String prefix, String suffix, int start, int end) {
}
