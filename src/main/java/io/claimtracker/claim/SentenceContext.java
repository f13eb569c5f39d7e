package io.claimtracker.claim;

/**
 * The rest of the sentence a quote stands in: the words before it back to the sentence start and after it to the
 * sentence end (or a paragraph break), each at most {@link #LONGEST} characters, so a reviewer reads the quote in
 * its sentence. Offsets are code points, as quotes are anchored.
 */
public record SentenceContext(String before, String after, boolean clippedBefore, boolean clippedAfter) {

    static final int LONGEST = 300;

    public static SentenceContext around(String body, int startCodePoint, int endCodePoint) {
        int length = body.codePointCount(0, body.length());
        if (startCodePoint < 0 || endCodePoint > length || startCodePoint > endCodePoint) {
            return new SentenceContext("", "", false, false);
        }
        int start = body.offsetByCodePoints(0, startCodePoint);
        int end = body.offsetByCodePoints(0, endCodePoint);
        int from = start;
        while (from > 0 && !sentenceEndsBefore(body, from)) {
            from--;
        }
        int to = end;
        while (to < body.length() && !sentenceEndsAt(body, to)) {
            to++;
        }
        String before = body.substring(from, start).stripLeading();
        String after = body.substring(end, to).stripTrailing();
        boolean clippedBefore = before.length() > LONGEST;
        boolean clippedAfter = after.length() > LONGEST;
        return new SentenceContext(clippedBefore ? before.substring(before.length() - LONGEST) : before,
                clippedAfter ? after.substring(0, LONGEST) : after, clippedBefore, clippedAfter);
    }

    private static boolean sentenceEndsBefore(String body, int at) {
        char previous = body.charAt(at - 1);
        if (previous == '\n') {
            return true;
        }
        if (!Character.isWhitespace(previous) || at < 2) {
            return false;
        }
        int mark = at - 2;
        while (mark > 0 && (body.charAt(mark) == '"' || body.charAt(mark) == '”' || body.charAt(mark) == '’')) {
            mark--;
        }
        return ".!?".indexOf(body.charAt(mark)) >= 0;
    }

    private static boolean sentenceEndsAt(String body, int at) {
        if (body.charAt(at) == '\n') {
            return true;
        }
        if (at > 0 && ".!?".indexOf(body.charAt(at - 1)) >= 0 && Character.isWhitespace(body.charAt(at))) {
            return true;
        }
        return at > 1 && (body.charAt(at - 1) == '"' || body.charAt(at - 1) == '”')
                && ".!?".indexOf(body.charAt(at - 2)) >= 0 && Character.isWhitespace(body.charAt(at));
    }
}
