package io.claimtracker.conflict.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists for news language, read from data files under {@code detect/}: negation, hedges, words of the future,
 * words without content, verbs with particles, opposed predicates and near-synonyms.
 */
final class Lexicon {

    static final Set<String> NEGATIONS = Set.copyOf(WordLists.words("negations.txt"));

    /** Predicates that themselves deny or oppose: "officials oppose a deal" agrees with "no deal is expected". */
    static final Set<String> NEGATIVE_PREDICATES = Set.copyOf(WordLists.words("negative-predicates.txt"));

    static final Set<String> HEDGES = Set.copyOf(WordLists.words("hedges.txt"));

    static final Set<String> FUTURE = Set.copyOf(WordLists.words("future.txt"));

    static final Set<String> STOPWORDS = Set.copyOf(WordLists.words("stopwords.txt"));

    /**
     * Verbs whose particle changes their sense, keyed by the verb's dictionary form and the particle that follows it,
     * read as one predicate: "turned down the request" is a refusal, not a turn.
     */
    static final Map<String, String> PHRASAL_VERBS = pairs("phrasal-verbs.txt", "=");

    /** Pairs of predicates that cannot both hold of the same subject; either order. */
    static final List<List<String>> OPPOSED = WordLists.lines("opposites.txt").stream()
            .map(line -> List.of(line.split("/")[0].strip(), line.split("/")[1].strip())).toList();

    /** {@link #OPPOSED} as a lookup from each word to the words opposed to it. */
    static final Map<String, Set<String>> OPPOSITES = opposites();

    /** Words news uses interchangeably for the same thing, mapped to one representative. */
    static final Map<String, String> NEAR_SYNONYMS = groups(WordLists.lines("near-synonyms.txt").stream()
            .map(line -> java.util.Arrays.stream(line.split(",")).map(String::strip).toList()).toList());

    private Lexicon() {
    }

    private static Map<String, String> pairs(String file, String separator) {
        Map<String, String> pairs = new HashMap<>();
        for (String line : WordLists.lines(file)) {
            String[] parts = line.split(separator, 2);
            pairs.put(parts[0].strip(), parts[1].strip());
        }
        return Map.copyOf(pairs);
    }

    private static Map<String, Set<String>> opposites() {
        Map<String, Set<String>> opposites = new HashMap<>();
        for (List<String> pair : OPPOSED) {
            opposites.computeIfAbsent(pair.get(0), word -> new java.util.HashSet<>()).add(pair.get(1));
            opposites.computeIfAbsent(pair.get(1), word -> new java.util.HashSet<>()).add(pair.get(0));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        opposites.forEach((word, words) -> frozen.put(word, Set.copyOf(words)));
        return Map.copyOf(frozen);
    }

    private static Map<String, String> groups(List<List<String>> groups) {
        Map<String, String> representative = new HashMap<>();
        for (List<String> group : groups) {
            for (String word : group) {
                representative.putIfAbsent(word, group.get(0));
            }
        }
        return Map.copyOf(representative);
    }
}
