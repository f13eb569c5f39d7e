package io.claimtracker.conflict.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Curated word lists for news language: negation, hedges, opposed predicates and near-synonyms. */
final class Lexicon {

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "none", "nothing", "neither",
            "nor", "without", "n't", "cannot", "nowhere", "noone");

    /** Predicates that themselves deny or oppose: "officials oppose a deal" agrees with "no deal is expected". */
    static final Set<String> NEGATIVE_PREDICATES = Set.of("oppose", "reject", "refuse", "deny", "dismiss", "rebuff",
            "decline", "block", "veto", "against", "doubt", "rule", "resist", "fail", "halt", "stall", "abandon");

    static final Set<String> HEDGES = Set.of("may", "might", "could", "likely", "unlikely", "possibly", "perhaps",
            "probably", "reportedly", "apparently", "allegedly", "seems", "seem", "appears", "appear", "willing",
            "expected", "believed", "suggests", "suggested", "maybe");

    static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "would", "tomorrow", "next", "due", "plans",
            "planned", "upcoming", "scheduled", "going");

    static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
            "by", "for", "with", "from", "as", "into", "onto", "over", "under", "about", "than", "that", "this",
            "these", "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am",
            "has", "have", "had", "do", "does", "did", "he", "she", "they", "them", "his", "her", "their", "we",
            "our", "you", "your", "i", "me", "my", "him", "us", "who", "whom", "which", "what", "when", "where",
            "while", "so", "if", "then", "also", "very", "just", "some", "any", "all", "each", "both", "other",
            "said", "say", "says", "saying", "told", "tell", "according", "s", "'s", "up", "out", "off", "one",
            "only", "still", "yet", "now", "more", "most", "such", "own", "same", "too", "can", "would", "should",
            "must", "will", "shall", "'ll", "'re", "'ve", "'d", "'m", "get", "gets", "got", "go", "goes", "going");

    /**
     * Verbs whose particle changes their sense, keyed by the verb's dictionary form and the particle that follows it,
     * read as one predicate: "turned down the request" is a refusal, not a turn.
     */
    static final Map<String, String> PHRASAL_VERBS = Map.ofEntries(Map.entry("turn down", "reject"),
            Map.entry("rule out", "reject"), Map.entry("call off", "halt"), Map.entry("pull out", "withdraw"),
            Map.entry("back out", "withdraw"), Map.entry("walk away", "abandon"), Map.entry("shut down", "close"),
            Map.entry("break off", "halt"), Map.entry("step up", "increase"), Map.entry("scale back", "decrease"),
            Map.entry("cut back", "decrease"), Map.entry("give up", "abandon"), Map.entry("sign up", "join"));

    /** Pairs of predicates that cannot both hold of the same subject; either order. */
    static final List<List<String>> OPPOSED = List.of(
            List.of("offer", "refuse"), List.of("offer", "rebuff"), List.of("offer", "reject"),
            List.of("accept", "reject"), List.of("accept", "refuse"), List.of("accept", "decline"),
            List.of("agree", "disagree"), List.of("agree", "refuse"), List.of("agree", "reject"),
            List.of("confirm", "deny"), List.of("admit", "deny"), List.of("support", "oppose"),
            List.of("back", "oppose"), List.of("approve", "reject"), List.of("approve", "veto"),
            List.of("allow", "ban"), List.of("allow", "forbid"), List.of("allow", "prohibit"),
            List.of("permit", "ban"), List.of("win", "lose"), List.of("increase", "decrease"),
            List.of("increase", "cut"), List.of("rise", "fall"), List.of("rise", "drop"), List.of("raise", "lower"),
            List.of("open", "close"), List.of("start", "stop"), List.of("begin", "end"), List.of("resume", "suspend"),
            List.of("resume", "halt"), List.of("continue", "halt"), List.of("continue", "stop"),
            List.of("join", "leave"), List.of("deploy", "withdraw"), List.of("arrive", "leave"),
            List.of("release", "detain"), List.of("release", "arrest"), List.of("lift", "impose"),
            List.of("succeed", "fail"), List.of("include", "exclude"), List.of("praise", "criticise"),
            List.of("praise", "criticize"), List.of("welcome", "condemn"), List.of("gain", "lose"),
            List.of("expand", "reduce"), List.of("strengthen", "weaken"), List.of("ally", "enemy"),
            List.of("peace", "war"), List.of("ceasefire", "offensive"), List.of("guilty", "innocent"),
            List.of("alive", "dead"), List.of("true", "false"), List.of("legal", "illegal"),
            List.of("close", "far"), List.of("close", "distant"), List.of("imminent", "distant"),
            List.of("negotiate", "force"), List.of("negotiate", "fight"), List.of("negotiation", "force"),
            List.of("talk", "force"), List.of("diplomacy", "force"), List.of("cooperate", "fight"),
            List.of("together", "against"), List.of("take", "put"), List.of("remove", "put"),
            List.of("reveal", "conceal"), List.of("inside", "outside"), List.of("indoors", "outdoors"),
            List.of("asleep", "awake"), List.of("empty", "full"), List.of("up", "down"));

    /** {@link #OPPOSED} as a lookup from each word to the words opposed to it. */
    static final Map<String, Set<String>> OPPOSITES = opposites();

    /** Words news uses interchangeably for the same thing, mapped to one representative. */
    static final Map<String, String> NEAR_SYNONYMS = groups(
            List.of("deal", "agreement", "accord", "pact", "understanding", "arrangement", "plan", "alliance"),
            List.of("close", "imminent", "near", "nigh", "brink", "verge"),
            List.of("kill", "dead", "death", "die", "toll", "casualty", "fatality", "life"),
            List.of("talk", "negotiation", "negotiate"),
            List.of("reach", "agree", "strike", "sign", "seal", "conclude"),
            List.of("attack", "bomb", "raid", "airstrike"),
            List.of("say", "state", "claim", "announce"),
            List.of("child", "kid"),
            List.of("man", "guy", "gentleman"),
            List.of("woman", "lady"),
            List.of("person", "people", "individual"));

    private Lexicon() {
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

    private static Map<String, String> groups(List<String>... groups) {
        Map<String, String> representative = new HashMap<>();
        for (List<String> group : groups) {
            for (String word : group) {
                representative.putIfAbsent(word, group.get(0));
            }
        }
        return Map.copyOf(representative);
    }
}
