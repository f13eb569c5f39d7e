package io.claimtracker.conflict.detect;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a statement puts a deal or truce: still to come (close, offered, expected, denied) or done (signed,
 * reached), read from the words around the first deal word; and who the deal is between.
 */
final class DealStage {

    /** A deal's stage as a statement tells it. */
    enum Stage { UPCOMING, DONE, NONE }

    private static final int CUE_RADIUS = 8;
    private static final double MIN_PARTICIPANT_SHARE = 0.3;
    private static final String DEAL = "deal";
    private static final Set<String> TRUCE = Set.of("truce", "ceasefire");
    private static final Set<String> UPCOMING = Set.of("close", "closer", "brink", "verge", "near", "nearer",
            "nearing", "imminent", "expected", "expect", "set", "planned", "proposed", "proposal", "proposals",
            "propose", "proposes", "offer", "offers", "offered", "offering", "prospect", "toward", "towards",
            "negotiating", "hopes", "hope", "seek", "seeks", "seeking", "nascent");
    private static final Set<String> DONE = Set.of("signed", "clinched", "sealed", "reached", "struck",
            "concluded", "agreed", "hailed", "welcomed", "breakthrough", "finalised", "finalized", "inked", "brokered");
    /** Concepts of the stage words (reach, agree, sign… share one), which say nothing of who the deal is between. */
    private static final Set<String> STAGE_CONCEPTS = Set.of("close", "reach", "welcome", "say");
    /** "US" in capitals is the country, not the pronoun the word list drops. */
    private static final Set<String> UNITED_STATES = Set.of("US", "U.S.", "U.S");
    private static final Set<String> RENEWED = Set.of("new", "fresh", "another", "second", "renewed", "revive",
            "revived", "again", "latest");

    private DealStage() {
    }

    static Stage of(Analysis analysis) {
        int event = eventIndex(analysis);
        if (event < 0) {
            return Stage.NONE;
        }
        boolean upcoming = false;
        boolean done = false;
        List<Token> tokens = analysis.tokens;
        for (Token token : tokens.subList(Math.max(0, event - CUE_RADIUS), Math.min(tokens.size(), event + CUE_RADIUS + 1))) {
            upcoming |= UPCOMING.contains(token.lower()) || Lexicon.FUTURE.contains(token.lower())
                    || Lexicon.NEGATIONS.contains(token.lower()) || Lexicon.HEDGES.contains(token.lower());
            done |= DONE.contains(token.lower());
        }
        if (upcoming == done) {
            return Stage.NONE;
        }
        return upcoming ? Stage.UPCOMING : Stage.DONE;
    }

    /** Whether the two statements put one deal at different stages: one still to come, the other done. */
    static boolean apart(Analysis a, Analysis b) {
        Stage mine = of(a);
        Stage theirs = of(b);
        return mine != Stage.NONE && theirs != Stage.NONE && mine != theirs && !renewed(a) && !renewed(b);
    }

    /** The deal word itself, as written. */
    static String eventWord(Analysis analysis) {
        return analysis.tokens.get(eventIndex(analysis)).text();
    }

    /** The words around the deal word, to quote. */
    static String cue(Analysis analysis) {
        return analysis.around(eventIndex(analysis), 4);
    }

    /** A "new", "fresh" or "second" deal is the story moving on, not the same deal told differently. */
    static boolean renewed(Analysis analysis) {
        return analysis.tokens.stream().anyMatch(token -> RENEWED.contains(token.lower()));
    }

    /**
     * The same parties: at least {@code minimum} content words besides the deal, its stage and dates shared, covering
     * a third of the shorter side.
     */
    static boolean sameParties(Analysis a, Analysis b, int minimum) {
        Set<String> mine = participants(a);
        Set<String> theirs = participants(b);
        Set<String> shared = new HashSet<>(mine);
        shared.retainAll(theirs);
        int smaller = Math.min(mine.size(), theirs.size());
        return shared.size() >= minimum && smaller > 0 && shared.size() >= MIN_PARTICIPANT_SHARE * smaller;
    }

    private static Set<String> participants(Analysis analysis) {
        Set<String> words = new HashSet<>(analysis.content);
        words.remove(DEAL);
        words.removeAll(TRUCE);
        words.removeAll(UPCOMING);
        words.removeAll(DONE);
        words.removeAll(Dates.DATE_WORDS);
        words.removeAll(STAGE_CONCEPTS);
        if (analysis.tokens.stream().anyMatch(token -> UNITED_STATES.contains(token.text()))) {
            words.add("us");
        }
        return words;
    }

    private static int eventIndex(Analysis analysis) {
        for (Token token : analysis.tokens) {
            if (DEAL.equals(Analysis.concept(token)) || TRUCE.contains(token.lower())) {
                return token.index();
            }
        }
        return -1;
    }
}
