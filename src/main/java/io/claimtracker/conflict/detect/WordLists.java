package io.claimtracker.conflict.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Word lists the checks read, kept as data files under {@code detect/} on the classpath. */
final class WordLists {

    /** Words that call a report or statement untrue ("baseless", "fabrication", "deny"). */
    static final Set<String> REFUTATIONS = Set.copyOf(words("refutations.txt"));

    private WordLists() {
    }

    /** The words of a list: lines that are neither blank, comments ({@code #}) nor sense references ({@code @}). */
    static List<String> words(String file) {
        return lines(file).stream().filter(line -> !line.startsWith("@")).toList();
    }

    /** The meaningful lines of a list, stripped, without blank lines and comments. */
    static List<String> lines(String file) {
        String path = "/detect/" + file;
        try (InputStream in = WordLists.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Word list " + path + " is missing from the classpath");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(lines::add);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
