package io.claimtracker.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits article text into sentences, keeping quotations whole and not stopping at abbreviations such as "Mr.". */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt",
            "gov", "sen", "rep", "no", "vs", "etc", "jr", "sr", "prof", "u.s", "u.k", "u.n");

    private static final int LONGEST_ABBREVIATION = 6;
    /** Longer runs without a sentence end are cut at a space, so that no pattern ever reads more than this. */
    static final int LONGEST_SENTENCE = 2_000;

    private Sentences() {
    }

    static List<Sentence> of(String text) {
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
