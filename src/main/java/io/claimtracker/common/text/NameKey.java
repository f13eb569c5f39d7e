package io.claimtracker.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reduces a person's, outlet's or topic's name to the key under which repeated spellings resolve to one record. */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame");

    private NameKey() {
    }

    /** Lower case, accents and punctuation removed, spaces collapsed, a leading honorific dropped. */
    public static String of(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String words = NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        int space = words.indexOf(' ');
        if (space > 0 && HONORIFICS.contains(words.substring(0, space))) {
            words = words.substring(space + 1);
        }
        return words;
    }
}
