package io.claimtracker.conflict.candidate;

import io.claimtracker.common.text.Calendar;
import io.claimtracker.common.text.NameKey;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named entities a claim mentions, approximated by runs of capitalised words and acronyms ("Aleppo",
 * "Sergei Shoigu", "US"), reduced to lookup keys. Sentence-initial function words, days and months are skipped.
 */
public final class EntityKeys {

    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+|al-\\s*)?\\p{Lu}[\\p{L}'’.-]*)*");
    private static final Set<String> SKIP = java.util.stream.Stream.of(Set.of("the", "a", "an", "he", "she", "they",
                    "it", "we", "i", "this", "that", "there", "in", "on", "at", "but", "and", "mr", "mrs", "ms", "no",
                    "not", "nothing"), Calendar.WEEKDAY_NAMES, Calendar.MONTH_NAMES)
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private EntityKeys() {
    }

    public static Set<String> of(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = CAPITALISED_RUN.matcher(text);
        while (matcher.find()) {
            String key = NameKey.of(matcher.group());
            String[] words = key.split(" ");
            int first = 0;
            while (first < words.length && SKIP.contains(words[first])) {
                first++;
            }
            String trimmed = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)).strip();
            if (trimmed.length() >= 2 && trimmed.length() <= 200 && !SKIP.contains(trimmed)) {
                keys.add(trimmed);
            }
        }
        return keys;
    }
}
