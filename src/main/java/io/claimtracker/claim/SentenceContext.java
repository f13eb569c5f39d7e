package io.claimtracker.claim;

import io.claimtracker.common.text.CodePoints;
import io.claimtracker.common.text.Sentences;

/**
 * The rest of the sentence a quote stands in: the words before it back to the sentence start and after it to the
 * sentence end (or a paragraph break), each at most {@link #LONGEST} characters, so a reviewer reads the quote in
 * its sentence. Offsets are code points, as quotes are anchored. The work per quote is bounded by the context's
 * length, not the article's: the article is read once per thread ({@link CodePoints}) and the sentence ends are
 * looked for only within twice the longest context.
 */
public record SentenceContext(String before, String after, boolean clippedBefore, boolean clippedAfter) {

    static final int LONGEST = 300;

    public static SentenceContext around(String body, int startCodePoint, int endCodePoint) {
        CodePoints points = CodePoints.of(body);
        if (startCodePoint < 0 || endCodePoint > points.length() || startCodePoint > endCodePoint) {
            return new SentenceContext("", "", false, false);
        }
        int start = points.charIndex(startCodePoint);
        int end = points.charIndex(endCodePoint);
        int[] sentence = Sentences.around(body, start, end, 2 * LONGEST);
        int from = sentence[0];
        int to = sentence[1];
        String before = body.substring(from, start).stripLeading();
        String after = body.substring(end, to).stripTrailing();
        boolean clippedBefore = before.length() > LONGEST;
        boolean clippedAfter = after.length() > LONGEST;
        return new SentenceContext(clippedBefore ? before.substring(before.length() - LONGEST) : before,
                clippedAfter ? after.substring(0, LONGEST) : after, clippedBefore, clippedAfter);
    }
}
