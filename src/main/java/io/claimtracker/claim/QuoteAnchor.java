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
        List<Found> occurrences = find(request.exact());
        if (occurrences.isEmpty()) {
            return new NotFound();
        }
        List<QuoteSelector> matching = occurrences.stream()
                .filter(found -> request.start() == null || found.selector().start() == request.start())
                .filter(found -> request.end() == null || found.selector().end() == request.end())
                .filter(found -> request.prefix() == null || endsWithContext(found.index(), request.prefix()))
                .filter(found -> request.suffix() == null || startsWithContext(found.endIndex(), request.suffix()))
                .map(Found::selector)
                .toList();
        if (matching.size() == 1) {
            return new Anchored(matching.get(0));
        }
        List<QuoteSelector> all = occurrences.stream().map(Found::selector).toList();
        if (matching.isEmpty()) {
            return new Misplaced(all);
        }
        return new Ambiguous(matching);
    }

    /** Every place the words occur, overlapping occurrences included, in body order; see {@link #find}. */
    public List<QuoteSelector> occurrencesOf(String exact) {
        return find(exact).stream().map(Found::selector).toList();
    }

    /** An occurrence: its selector and where it lies in the body's UTF-16 text. */
    private record Found(QuoteSelector selector, int index, int endIndex) {
    }

    /**
     * The places the words occur exactly, or, when they occur nowhere exactly, the places they occur once quotes,
     * apostrophes, dashes and runs of whitespace are made uniform on both sides (an editor typing {@code "} or
     * {@code -} where the article has {@code “} or {@code —}). Either way the selector holds the article's own
     * text. Linear in the body: offsets are counted once, from one occurrence to the next.
     */
    private List<Found> find(String exact) {
        List<Found> found = new ArrayList<>();
        if (exact == null || exact.isEmpty()) {
            return found;
        }
        List<int[]> spans = spans(body, exact);
        if (spans.isEmpty()) {
            Folded text = Folded.of(body);
            String words = Folded.of(exact.strip()).text();
            if (!words.isEmpty()) {
                for (int[] span : spans(text.text(), words)) {
                    spans.add(new int[] {text.origin(span[0]), text.originEnd(span[1])});
                }
            }
        }
        int codePointsBefore = 0;
        int counted = 0;
        for (int[] span : spans) {
            codePointsBefore += body.codePointCount(counted, span[0]);
            counted = span[0];
            found.add(new Found(selectorAt(span[0], body.substring(span[0], span[1]), codePointsBefore), span[0],
                    span[1]));
        }
        return found;
    }

    /** Start and end (UTF-16 indices) of each occurrence of {@code words} in {@code text}, overlapping included. */
    private static List<int[]> spans(String text, String words) {
        List<int[]> spans = new ArrayList<>();
        int index = text.indexOf(words);
        while (index >= 0) {
            spans.add(new int[] {index, index + words.length()});
            index = text.indexOf(words, text.offsetByCodePoints(index, 1));
        }
        return spans;
    }

    /** Text with typographic variants made uniform, and for each of its chars the body index it came from. */
    private record Folded(String text, int[] origins) {

        static Folded of(String original) {
            StringBuilder text = new StringBuilder(original.length());
            int[] origins = new int[original.length() + 1];
            boolean inSpace = false;
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (!inSpace) {
                        origins[text.length()] = i;
                        text.append(' ');
                    }
                    inSpace = true;
                    continue;
                }
                inSpace = false;
                origins[text.length()] = i;
                text.append(uniform(c));
            }
            origins[text.length()] = original.length();
            return new Folded(text.toString(), origins);
        }

        private static char uniform(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            };
        }

        int origin(int foldedIndex) {
            return origins[foldedIndex];
        }

        /** The body index just after the folded char before {@code foldedEnd}. */
        int originEnd(int foldedEnd) {
            return foldedEnd == 0 ? 0 : origins[foldedEnd - 1] + 1;
        }
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
        int at = index;
        for (int step = 0; step < codePoints && at > 0; step++) {
            at = body.offsetByCodePoints(at, -1);
        }
        return at;
    }

    private int stepForward(int index, int codePoints) {
        int at = index;
        for (int step = 0; step < codePoints && at < body.length(); step++) {
            at = body.offsetByCodePoints(at, 1);
        }
        return at;
    }

    private boolean endsWithContext(int index, String prefix) {
        return index >= prefix.length() && body.startsWith(prefix, index - prefix.length());
    }

    private boolean startsWithContext(int endIndex, String suffix) {
        return body.startsWith(suffix, endIndex);
    }
}
