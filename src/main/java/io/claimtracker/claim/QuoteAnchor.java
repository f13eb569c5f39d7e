package io.claimtracker.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a quote in an article body and builds its full selector, or explains why it cannot. */
public final class QuoteAnchor {

    /** Characters of context kept either side of a quote, as W3C annotation tools commonly do. */
    public static final int CONTEXT = 32;

    private final String body;

    public QuoteAnchor(String body) {
        this.body = body;
    }

    /** The outcome of anchoring: a selector, or the places the quote occurs (none or several). */
    public sealed interface Result permits Anchored, NotFound, Ambiguous, Misplaced {
    }

    /** The quote was found exactly once among the places the request allows. */
    public record Anchored(QuoteSelector selector) implements Result {
    }

    /** The quote's words do not occur in the body. */
    public record NotFound() implements Result {
    }

    /** The quote occurs at several places and nothing in the request picks one. */
    public record Ambiguous(List<QuoteSelector> occurrences) implements Result {
    }

    /** The words occur, but not at the offsets or within the context the request gave. */
    public record Misplaced(List<QuoteSelector> occurrences) implements Result {
    }

    public Result anchor(QuoteRequest request) {
        String exact = request.exact();
        List<QuoteSelector> occurrences = occurrencesOf(exact);
        if (occurrences.isEmpty()) {
            return new NotFound();
        }
        List<QuoteSelector> matching = occurrences.stream()
                .filter(found -> request.start() == null || found.start() == request.start())
                .filter(found -> request.end() == null || found.end() == request.end())
                .filter(found -> request.prefix() == null || endsWithContext(found, request.prefix()))
                .filter(found -> request.suffix() == null || startsWithContext(found, request.suffix()))
                .toList();
        if (matching.size() == 1) {
            return new Anchored(matching.get(0));
        }
        if (matching.isEmpty()) {
            return new Misplaced(occurrences);
        }
        return new Ambiguous(matching);
    }

    /** Every place the exact words occur, overlapping occurrences included, in body order. */
    public List<QuoteSelector> occurrencesOf(String exact) {
        List<QuoteSelector> found = new ArrayList<>();
        if (exact == null || exact.isEmpty()) {
            return found;
        }
        int from = 0;
        int index;
        int codePointsBefore = 0;
        int lastIndex = 0;
        while ((index = body.indexOf(exact, from)) >= 0) {
            codePointsBefore += body.codePointCount(lastIndex, index);
            lastIndex = index;
            found.add(selectorAt(index, exact, codePointsBefore));
            from = body.offsetByCodePoints(index, 1);
        }
        return found;
    }

    /** The selector of the quote at the given code point offsets, if those offsets lie within the body. */
    public Optional<QuoteSelector> selectorAt(int start, int end) {
        int length = body.codePointCount(0, body.length());
        if (start < 0 || end <= start || end > length) {
            return Optional.empty();
        }
        int from = body.offsetByCodePoints(0, start);
        int to = body.offsetByCodePoints(from, end - start);
        return Optional.of(selectorAt(from, body.substring(from, to), start));
    }

    private QuoteSelector selectorAt(int index, String exact, int startCodePoint) {
        int endIndex = index + exact.length();
        int prefixFrom = stepBack(index, CONTEXT);
        int suffixTo = stepForward(endIndex, CONTEXT);
        int endCodePoint = startCodePoint + exact.codePointCount(0, exact.length());
        return new QuoteSelector(exact, body.substring(prefixFrom, index), body.substring(endIndex, suffixTo),
                startCodePoint, endCodePoint);
    }

    private int stepBack(int index, int codePoints) {
        int available = body.codePointCount(0, index);
        return body.offsetByCodePoints(index, -Math.min(codePoints, available));
    }

    private int stepForward(int index, int codePoints) {
        int available = body.codePointCount(index, body.length());
        return body.offsetByCodePoints(index, Math.min(codePoints, available));
    }

    private boolean endsWithContext(QuoteSelector found, String prefix) {
        int index = body.offsetByCodePoints(0, found.start());
        return body.substring(0, index).endsWith(prefix);
    }

    private boolean startsWithContext(QuoteSelector found, String suffix) {
        int index = body.offsetByCodePoints(0, found.end());
        return body.startsWith(suffix, index);
    }
}
