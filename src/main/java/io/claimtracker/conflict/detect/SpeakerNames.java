package io.claimtracker.conflict.detect;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a named person ("Sergei Lavrov", "John Kerry") from an organisation, an agency or an unnamed source
 * ("Reuters", "the Pentagon", "a US official", "our correspondent"): only a named person can reverse themself.
 */
public final class SpeakerNames {

    private static final Pattern WORDS = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");
    private static final Set<String> NOT_A_PERSON = Set.of("agency", "agencies", "news", "press", "reuters", "ap",
            "afp", "tass", "ria", "interfax", "xinhua", "bbc", "cnn", "staff", "reporter", "reporters",
            "correspondent", "correspondents", "editor", "editors", "desk", "newsroom", "wire", "official",
            "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "ministry", "department",
            "office", "government", "administration", "pentagon", "kremlin", "white", "house", "council", "committee",
            "army", "military", "forces", "police", "group", "observatory", "organisation", "organization",
            "company", "corporation", "inc", "ltd", "union", "party", "state", "states", "nations", "embassy",
            "unnamed", "anonymous", "diplomat", "diplomats", "analyst", "analysts", "witness", "witnesses",
            "residents", "statement", "unknown", "times", "post", "telegraph", "guardian", "herald", "journal");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "our", "one", "two", "several", "some");

    private SpeakerNames() {
    }

    /** Whether the name reads as one named person: at least two name words, none of them an institution's. */
    public static boolean isNamedPerson(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        var matcher = WORDS.matcher(name);
        int words = 0;
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT).replaceAll("[.'’]+$", "");
            if (NOT_A_PERSON.contains(word) || (words == 0 && ARTICLES.contains(word))) {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    private static final Map<String, String> PLURAL_VERBS = Map.of("says", "say", "denies", "deny", "asserts",
            "assert", "calls", "call", "is", "are", "has", "have", "reports", "report");
    private static final Pattern HEAD_BEFORE_OF = Pattern.compile("^(.*?)\\s+of\\s+.*$");

    /**
     * Whether a speaker's name is plural ("Russian officials", "Friends of the victim", "ABC News sources"): its head
     * word, the last before any "of" or parenthesis, is a plural noun, or a lower-case word ending in s.
     */
    public static boolean plural(String name) {
        if (name == null) {
            return false;
        }
        String head = name.replaceAll("\\s*\\(.*$", "").strip();
        var before = HEAD_BEFORE_OF.matcher(head);
        boolean ofPhrase = before.matches();
        if (ofPhrase) {
            head = before.group(1);
        }
        String[] words = head.split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}]", "");
        String lower = last.toLowerCase(Locale.ROOT);
        boolean pluralForm = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                && !lower.endsWith("us") && !lower.endsWith("is");
        return pluralForm && (ofPhrase || Character.isLowerCase(last.charAt(0)));
    }

    /**
     * The text with each placeholder replaced by its speaker's name and the present-tense verb that follows it made
     * to agree with that name.
     */
    static String agreeing(String text, String firstMark, String first, String secondMark, String second) {
        return agree(agree(text, firstMark, first), secondMark, second);
    }

    private static String agree(String text, String mark, String name) {
        if (!plural(name)) {
            return text.replace(mark, name);
        }
        StringBuilder out = new StringBuilder();
        var matcher = Pattern.compile(Pattern.quote(mark) + "( (\\p{L}+))?").matcher(text);
        while (matcher.find()) {
            String verb = matcher.group(2);
            String agreed = verb == null ? name : name + " " + PLURAL_VERBS.getOrDefault(verb, verb);
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(agreed));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
