package io.claimtracker.claim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds a link that opens an article at a quote, using a URL text fragment ({@code #:~:text=prefix-,start,end,-suffix}).
 * Long quotes are given by their first and last words; a few words of context either side pick the right
 * occurrence when the words repeat.
 */
public final class TextFragmentLink {

    private static final int WHOLE_QUOTE_WORDS = 8;
    private static final int EDGE_WORDS = 4;
    private static final int CONTEXT_WORDS = 3;

    private TextFragmentLink() {
    }

    public static String of(String url, QuoteSelector quote) {
        String[] words = quote.exact().strip().split("\\s+");
        StringBuilder directive = new StringBuilder();
        String before = lastWords(quote.prefix(), quote.start() > quote.prefix().length());
        if (!before.isEmpty()) {
            directive.append(encode(before)).append("-,");
        }
        if (words.length <= WHOLE_QUOTE_WORDS) {
            directive.append(encode(String.join(" ", words)));
        } else {
            directive.append(encode(String.join(" ", Arrays.copyOfRange(words, 0, EDGE_WORDS)))).append(',')
                    .append(encode(String.join(" ", Arrays.copyOfRange(words, words.length - EDGE_WORDS, words.length))));
        }
        String after = firstWords(quote.suffix());
        if (!after.isEmpty()) {
            directive.append(",-").append(encode(after));
        }
        String base = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        return base + "#:~:text=" + directive;
    }

    /** The last few whole words of the prefix; the first word is dropped when the prefix may have cut it. */
    private static String lastWords(String prefix, boolean cut) {
        String[] words = prefix.strip().split("\\s+");
        int from = cut && !prefix.startsWith(" ") ? 1 : 0;
        from = Math.max(from, words.length - CONTEXT_WORDS);
        return words.length == 0 || from >= words.length ? "" : String.join(" ", Arrays.copyOfRange(words, from, words.length)).strip();
    }

    /** The first few whole words of the suffix; the last word is dropped since the suffix may have cut it. */
    private static String firstWords(String suffix) {
        String[] words = suffix.strip().split("\\s+");
        int to = Math.min(CONTEXT_WORDS, suffix.endsWith(" ") ? words.length : words.length - 1);
        return to <= 0 ? "" : String.join(" ", Arrays.copyOfRange(words, 0, to)).strip();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D")
                .replace("*", "%2A");
    }
}
