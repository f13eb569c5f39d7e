package io.claimtracker.claim;

/**
 * Finds every occurrence of a string in a text, overlapping ones included, in time linear in both (Knuth, Morris and
 * Pratt), where {@link String#indexOf} would compare the whole string again at each place a repeated letter allows.
 */
final class Occurrences {

    private Occurrences() {
    }

    /** Receives an occurrence's start and end (UTF-16 indices, end exclusive). */
    interface Sink {
        void accept(int index, int endIndex);
    }

    /** Passes each occurrence of {@code words} in {@code text} to the sink, in order, and returns how many there were. */
    static int each(String text, String words, Sink sink) {
        int length = words.length();
        if (length == 0) {
            return 0;
        }
        int[] border = borders(words);
        int count = 0;
        int matched = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (matched > 0 && c != words.charAt(matched)) {
                matched = border[matched - 1];
            }
            if (c == words.charAt(matched)) {
                matched++;
            }
            if (matched == length) {
                int start = i + 1 - length;
                if (!Character.isLowSurrogate(text.charAt(start))) {
                    count++;
                    sink.accept(start, i + 1);
                }
                matched = border[matched - 1];
            }
        }
        return count;
    }

    /** For each prefix of the words, the length of its longest proper prefix that is also its suffix. */
    private static int[] borders(String words) {
        int[] border = new int[words.length()];
        int k = 0;
        for (int i = 1; i < words.length(); i++) {
            while (k > 0 && words.charAt(i) != words.charAt(k)) {
                k = border[k - 1];
            }
            if (words.charAt(i) == words.charAt(k)) {
                k++;
            }
            border[i] = k;
        }
        return border;
    }
}
