package io.claimtracker.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one sentence splitter: splits article text into sentences, keeping quotations whole and not stopping at
 * abbreviations such as "Mr."; also finds the sentence around a position without splitting the whole text.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt",
            "gov", "sen", "rep", "no", "vs", "etc", "jr", "sr", "prof", "u.s", "u.k", "u.n");

    private static final int LONGEST_ABBREVIATION = 6;
    /** Longer runs without a sentence end are cut at a space, so that no pattern ever reads more than this. */
    public static final int LONGEST_SENTENCE = 2_000;

    private Sentences() {
    }

    public static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                inQuote = true;
            } else if (c == '”') {
                inQuote = false;
            } else if (c == '"') {
                inQuote = !inQuote;
            }
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                add(text, start, i, sentences);
                start = i + 1;
                inQuote = false;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && !inQuote && boundaryAfter(text, i) && !abbreviation(text, i)) {
                int end = i + 1;
                while (end < text.length() && (text.charAt(end) == '"' || text.charAt(end) == '”')) {
                    end++;
                }
                add(text, start, end, sentences);
                start = end;
            }
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    /**
     * Where the sentence holding the text from {@code from} to {@code to} begins and ends (char offsets; the end
     * is exclusive and includes closing quotation marks), scanning outwards only as far as the nearest sentence
     * ends or paragraph breaks. Quotation state is not tracked here, so a full stop inside a quotation counts.
     */
    public static int[] around(String text, int from, int to) {
        return around(text, from, to, Integer.MAX_VALUE);
    }

    /**
     * As {@link #around(String, int, int)}, looking at most {@code reach} characters either way: where no sentence
     * end or paragraph break lies within reach, the stretch ends there, so the work is bounded whatever the text.
     */
    public static int[] around(String text, int from, int to, int reach) {
        int lowest = (int) Math.max(0, (long) from - reach);
        int highest = (int) Math.min(text.length(), (long) to + reach);
        int start = lowest;
        for (int p = from - 1; p >= lowest; p--) {
            if (text.charAt(p) == '\n' && p > 0 && text.charAt(p - 1) == '\n') {
                start = p + 1;
                break;
            }
            if (closesAt(text, p)) {
                start = afterClosingQuotes(text, p + 1);
                break;
            }
        }
        int end = highest;
        for (int q = to; q < highest; q++) {
            if (text.charAt(q) == '\n' && q + 1 < text.length() && text.charAt(q + 1) == '\n') {
                end = q;
                break;
            }
            if (closesAt(text, q)) {
                end = afterClosingQuotes(text, q + 1);
                break;
            }
        }
        return new int[] {Math.min(start, from), Math.max(end, to)};
    }

    private static boolean closesAt(String text, int at) {
        char c = text.charAt(at);
        return (c == '.' || c == '!' || c == '?') && boundaryAfter(text, at) && !abbreviation(text, at);
    }

    private static int afterClosingQuotes(String text, int at) {
        int end = at;
        while (end < text.length() && (text.charAt(end) == '"' || text.charAt(end) == '”')) {
            end++;
        }
        return end;
    }

    private static boolean boundaryAfter(String text, int at) {
        int next = at + 1;
        while (next < text.length() && (text.charAt(next) == '"' || text.charAt(next) == '”')) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next >= text.length() || Character.isUpperCase(text.charAt(next)) || text.charAt(next) == '"'
                || text.charAt(next) == '“' || Character.isDigit(text.charAt(next));
    }

    private static boolean abbreviation(String text, int at) {
        int from = at;
        while (from > 0 && at - from < LONGEST_ABBREVIATION
                && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, at).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(from)));
    }

    private static void add(String text, int from, int to, List<Sentence> sentences) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > LONGEST_SENTENCE) {
            int cut = start + LONGEST_SENTENCE;
            while (cut > start + 1 && text.charAt(cut) != ' ') {
                cut--;
            }
            cut = cut > start + 1 ? cut : start + LONGEST_SENTENCE;
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            sentences.add(new Sentence(text.substring(start, cut), start));
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            sentences.add(new Sentence(text.substring(start, end), start));
        }
    }
}
