package io.claimtracker.claim;

import io.claimtracker.common.failure.UnprocessableException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Explains to an editor why a quote could not be anchored in the article. */
final class QuoteProblems {

    private static final String FIELD = "quote.exact";

    private QuoteProblems() {
    }

    static UnprocessableException of(QuoteAnchor.Result result, String exact) {
        if (result instanceof QuoteAnchor.Ambiguous ambiguous) {
            return new UnprocessableException("Ambiguous quote",
                    "The quote occurs " + ambiguous.count() + " times in the article: "
                            + places(ambiguous.count(), ambiguous.occurrences()) + ". Send quote.start and quote.end, or a "
                            + "quote.prefix or quote.suffix, to say which one you mean.", FIELD,
                    Map.of("occurrences", ambiguous.occurrences()));
        }
        if (result instanceof QuoteAnchor.Misplaced misplaced) {
            return new UnprocessableException("Quote not where given",
                    "The quote occurs in the article, but not at the offsets or with the context you gave. It "
                            + "occurs " + places(misplaced.count(), misplaced.occurrences()) + ".", FIELD,
                    Map.of("occurrences", misplaced.occurrences()));
        }
        return new UnprocessableException("Quote not in article",
                "The quote \"" + shorten(exact) + "\" does not occur in the article's text. Copy the words "
                        + "exactly as the article has them, including punctuation.", FIELD, Map.of());
    }

    private static String places(int count, List<QuoteSelector> occurrences) {
        String listed = occurrences.stream()
                .map(found -> "at " + found.start() + "–" + found.end() + " (\"…" + found.prefix().strip()
                        + " [" + shorten(found.exact()) + "] " + found.suffix().strip() + "…\")")
                .collect(Collectors.joining("; "));
        return count > occurrences.size() ? listed + "; and " + (count - occurrences.size()) + " more" : listed;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
