package io.claimtracker.article;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Splits an article body into consecutive segments at every claim boundary, so a page can mark each claimed
 * span; overlapping claims share the segments they cover. Offsets are code points, as claim selectors use.
 */
public final class Highlights {

    private Highlights() {
    }

    /** A claimed span: which claim, and where it starts and ends (exclusive). */
    public record Span<T>(T claim, int start, int end) {
    }

    /** A run of body text and the claims that cover it (none for plain text). */
    public record Segment<T>(String text, List<T> claims) {

        public boolean claimed() {
            return !claims.isEmpty();
        }
    }

    public static <T> List<Segment<T>> split(String body, List<Span<T>> spans) {
        int length = body.codePointCount(0, body.length());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Span<T> span : spans) {
            if (span.start() >= 0 && span.end() <= length && span.start() < span.end()) {
                cuts.add(span.start());
                cuts.add(span.end());
            }
        }
        List<Segment<T>> segments = new ArrayList<>();
        Integer from = cuts.first();
        int fromIndex = 0;
        for (Integer to : cuts.tailSet(from, false)) {
            int toIndex = body.offsetByCodePoints(fromIndex, to - from);
            List<T> covering = new ArrayList<>();
            for (Span<T> span : spans) {
                if (span.start() <= from && span.end() >= to) {
                    covering.add(span.claim());
                }
            }
            segments.add(new Segment<>(body.substring(fromIndex, toIndex), List.copyOf(covering)));
            from = to;
            fromIndex = toIndex;
        }
        return segments;
    }
}
