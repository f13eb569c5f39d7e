package io.claimtracker.conflict.detect;

import java.util.Locale;
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
}
