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

    /** How many occurrences a result lists at most; it still counts them all. */
    public static final int LISTED = 10;

    /** The outcome of anchoring: a selector, or the places the quote occurs (none or several). */
    public sealed interface Result permits Anchored, NotFound, Ambiguous, Misplaced {
    }

    /** The quote was found exactly once among the places the request allows. */
    public record Anchored(QuoteSelector selector) implements Result {
    }

    /** The quote's words do not occur in the body. */
    public record NotFound() implements Result {
    }

    /** The quote occurs {@code count} times where the request allows; the first few, in body order. */
    public record Ambiguous(int count, List<QuoteSelector> occurrences) implements Result {
    }

    /** The words occur {@code count} times, but not at the offsets or within the context given; the first few. */
    public record Misplaced(int count, List<QuoteSelector> occurrences) implements Result {
    }

    /**
     * Anchors the quote in one pass over the body whatever it holds: occurrences are counted, and a selector is built
     * only for the few a result lists, so a request's memory does not grow with how often the words repeat.
     */
    public Result anchor(QuoteRequest request) {
        Tally tally = new Tally(request);
        eachOccurrence(request.exact(), tally);
        if (tally.all == 0) {
            return new NotFound();
        }
        if (tally.matching == 1) {
            return new Anchored(tally.firstMatching.get(0));
        }
        if (tally.matching == 0) {
            return new Misplaced(tally.all, tally.firstAll);
        }
        return new Ambiguous(tally.matching, tally.firstMatching);
    }

    /** The first {@code limit} places the words occur, overlapping occurrences included, in body order. */
    public List<QuoteSelector> occurrencesOf(String exact, int limit) {
        List<QuoteSelector> found = new ArrayList<>();
        eachOccurrence(exact, (index, endIndex, startCodePoint, endCodePoint) -> {
            if (found.size() < limit) {
                found.add(selectorAt(index, endIndex, startCodePoint, endCodePoint));
            }
        });
        return found;
    }

    /** Receives each occurrence: where it lies in the body's UTF-16 text and in code points. */
    private interface OccurrenceSink {
        void accept(int index, int endIndex, int startCodePoint, int endCodePoint);
    }

    /** Counts occurrences against a request's offsets and context, keeping selectors for the first few only. */
    private final class Tally implements OccurrenceSink {

        private final QuoteRequest request;
        private final java.util.BitSet prefixEnds;
        private final java.util.BitSet suffixStarts;
        private final List<QuoteSelector> firstAll = new ArrayList<>();
        private final List<QuoteSelector> firstMatching = new ArrayList<>();
        private int all;
        private int matching;

        Tally(QuoteRequest request) {
            this.request = request;
            this.prefixEnds = request.prefix() == null ? null : ends(request.prefix());
            this.suffixStarts = request.suffix() == null ? null : starts(request.suffix());
        }

        @Override
        public void accept(int index, int endIndex, int startCodePoint, int endCodePoint) {
            all++;
            boolean matches = (request.start() == null || startCodePoint == request.start())
                    && (request.end() == null || endCodePoint == request.end())
                    && (prefixEnds == null || prefixEnds.get(index))
                    && (suffixStarts == null || suffixStarts.get(endIndex));
            if (firstAll.size() < LISTED) {
                firstAll.add(selectorAt(index, endIndex, startCodePoint, endCodePoint));
            }
            if (matches) {
                matching++;
                if (firstMatching.size() < LISTED) {
                    firstMatching.add(selectorAt(index, endIndex, startCodePoint, endCodePoint));
                }
            }
        }
    }

    /** The body indices at which an occurrence of {@code words} ends (where a quote after it would start). */
    private java.util.BitSet ends(String words) {
        java.util.BitSet ends = new java.util.BitSet(body.length() + 1);
        Occurrences.each(body, words, (index, endIndex) -> ends.set(endIndex));
        return ends;
    }

    /** The body indices at which an occurrence of {@code words} starts. */
    private java.util.BitSet starts(String words) {
        java.util.BitSet starts = new java.util.BitSet(body.length() + 1);
        Occurrences.each(body, words, (index, endIndex) -> starts.set(index));
        return starts;
    }

    /**
     * Every place the words occur exactly, or, when they occur nowhere exactly, the places they occur once quotes,
     * apostrophes, dashes and runs of whitespace are made uniform on both sides (an editor typing {@code "} or
     * {@code -} where the article has {@code “} or {@code —}). Either way the selector holds the article's own
     * text. Linear in the body and the words together, however often the words repeat or overlap.
     */
    private void eachOccurrence(String exact, OccurrenceSink sink) {
        if (exact == null || exact.isEmpty()) {
            return;
        }
        CodePoints counter = new CodePoints();
        int exactly = Occurrences.each(body, exact, (index, endIndex) -> counter.pass(index, endIndex, sink));
        if (exactly > 0) {
            return;
        }
        Folded text = Folded.of(body);
        String words = Folded.of(exact.strip()).text();
        if (!words.isEmpty()) {
            Occurrences.each(text.text(), words,
                    (index, endIndex) -> counter.pass(text.origin(index), text.originEnd(endIndex), sink));
        }
    }

    /** Code point offsets of occurrences met in body order, each counted on from the one before. */
    private final class CodePoints {

        private int startIndex;
        private int startCodePoint;
        private int endIndex;
        private int endCodePoint;

        void pass(int index, int end, OccurrenceSink sink) {
            startCodePoint += body.codePointCount(startIndex, index);
            startIndex = index;
            endCodePoint += body.codePointCount(endIndex, end);
            endIndex = end;
            sink.accept(index, end, startCodePoint, endCodePoint);
        }
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
        return Optional.of(selectorAt(from, to, start, end));
    }

    private QuoteSelector selectorAt(int index, int endIndex, int startCodePoint, int endCodePoint) {
        int prefixFrom = stepBack(index, CONTEXT);
        int suffixTo = stepForward(endIndex, CONTEXT);
        return new QuoteSelector(body.substring(index, endIndex), body.substring(prefixFrom, index),
                body.substring(endIndex, suffixTo), startCodePoint, endCodePoint);
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
}
