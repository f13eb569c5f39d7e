package io.claimtracker.suggest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts the statement an editor would file from quoted words: in the third person and attributed ("Tomas Brekke
 * says they underestimated how much silt the floods would bring."), first-person pronouns turned into third-person
 * ones. With no speaker, the words alone, first person kept out where it can be.
 */
final class ThirdPerson {

    private static final Pattern PRONOUN = Pattern.compile("\\b(I|I'm|I’m|I've|I’ve|I'll|I’ll|we|We|we're|We're|"
            + "we’re|We’re|we've|We've|we’ve|We’ve|we'll|We'll|we’ll|We’ll|us|our|Our|ours|my|My|me|mine|myself|ourselves)\\b");
    private static final Map<String, String> THIRD = Map.ofEntries(Map.entry("i", "they"), Map.entry("i'm", "they are"),
            Map.entry("i've", "they have"), Map.entry("i'll", "they will"), Map.entry("we", "they"),
            Map.entry("we're", "they are"), Map.entry("we've", "they have"), Map.entry("we'll", "they will"),
            Map.entry("us", "them"), Map.entry("our", "their"), Map.entry("ours", "theirs"), Map.entry("my", "their"),
            Map.entry("me", "them"), Map.entry("mine", "theirs"), Map.entry("myself", "themselves"),
            Map.entry("ourselves", "themselves"));

    private static final Pattern INSIDE = Pattern.compile("[\\p{Ll},;] (\\p{Lu}[\\p{L}'’-]*)");

    private ThirdPerson() {
    }

    static String statement(String speaker, String quote, java.util.Set<String> names) {
        String words = quote.strip().replaceAll("[.!?,;:]+$", "");
        if (words.isEmpty()) {
            return words;
        }
        StringBuilder converted = new StringBuilder();
        Matcher pronoun = PRONOUN.matcher(words);
        while (pronoun.find()) {
            String key = pronoun.group(1).toLowerCase(Locale.ROOT).replace('’', '\'');
            pronoun.appendReplacement(converted, Matcher.quoteReplacement(THIRD.getOrDefault(key, pronoun.group(1))));
        }
        pronoun.appendTail(converted);
        String clause = converted.toString();
        if (speaker == null || speaker.isBlank()) {
            return Character.toUpperCase(clause.charAt(0)) + clause.substring(1) + ".";
        }
        String lowered = startsWithName(clause, names) ? clause : Character.toLowerCase(clause.charAt(0)) + clause.substring(1);
        String who = speaker.strip();
        String subject = Character.isUpperCase(who.codePointAt(0)) ? who : "The " + who;
        return subject + " says " + lowered + ".";
    }

    /** Words written capitalised after a lower-case word or a comma: names rather than sentence openers; one pass. */
    static java.util.Set<String> namesIn(String article) {
        java.util.Set<String> names = new java.util.HashSet<>();
        Matcher inside = INSIDE.matcher(article);
        while (inside.find()) {
            names.add(inside.group(1));
        }
        return names;
    }

    /** Whether the clause opens with a name or an acronym, whose capital stays. */
    private static boolean startsWithName(String clause, java.util.Set<String> names) {
        String first = clause.split("[\\s,;:]+")[0];
        return first.length() > 1 && first.chars().skip(1).anyMatch(Character::isUpperCase) || names.contains(first);
    }
}
