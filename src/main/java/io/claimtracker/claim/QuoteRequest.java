package io.claimtracker.claim;

/** What an editor sends to locate a quote: the exact words, and optionally context or offsets to disambiguate. */
public record QuoteRequest(String exact, String prefix, String suffix, Integer start, Integer end) {
}
