package io.claimtracker.conflict.detect;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a statement puts a deal or truce: still to come (close, offered, expected, denied) or done (signed,
 * reached), read from the words around the first deal word; and who the deal is between.
 */
final class DealStage {

    /**
     * A deal's stage as a statement tells it: denied ("no deal is imminent"), close ("on the brink of a deal"),
     * otherwise still to come ("offered a pact", "a deal is expected"), done, or not told.
     */
    enum Stage {
        DENIED("not close or not made"), CLOSE("close"), UPCOMING("still to come"), DONE("done"), NONE("");

        private final String description;

        Stage(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }

        boolean toCome() {
            return this == DENIED || this == CLOSE || this == UPCOMING;
        }
    }

    private static final int CUE_RADIUS = 8;
    private static final double MIN_PARTICIPANT_SHARE = 0.3;
    private static final String DEAL = "deal";
    private static final Set<String> TRUCE = Set.of("truce", "ceasefire");
    private static final Set<String> CLOSE = Set.of("close", "closer", "brink", "verge", "near", "nearer", "nearing",
            "imminent");
    private static final Set<String> UPCOMING = Set.of("expected", "expect", "set", "planned", "proposed",
            "proposal", "proposals", "propose", "proposes", "offer", "offers", "offered", "offering", "prospect",
            "toward", "towards", "negotiating", "hopes", "hope", "seek", "seeks", "seeking", "nascent");
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
        boolean denied = false;
        boolean close = false;
        boolean upcoming = false;
        boolean done = false;
        List<Token> tokens = analysis.tokens;
        int from = Math.max(0, event - CUE_RADIUS);
        int to = Math.min(tokens.size(), event + CUE_RADIUS + 1);
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).lower();
            denied |= Lexicon.NEGATIONS.contains(word);
            close |= CLOSE.contains(word) || (word.equals("about") && i + 1 < tokens.size()
                    && tokens.get(i + 1).lower().equals("to"));
            upcoming |= UPCOMING.contains(word) || Lexicon.FUTURE.contains(word) || Lexicon.HEDGES.contains(word);
            done |= DONE.contains(word);
        }
        if (done) {
            return denied || close || upcoming ? Stage.NONE : Stage.DONE;
        }
        if (denied) {
            return Stage.DENIED;
        }
        return close ? Stage.CLOSE : upcoming ? Stage.UPCOMING : Stage.NONE;
    }

    /** Whether the two statements put one deal at stages that cannot both hold: one to come, the other done. */
    static boolean apart(Analysis a, Analysis b) {
        return toComeAndDone(of(a), of(b)) && !renewed(a) && !renewed(b);
    }

    /**
     * Whether the two statements cannot both be true of one deal at one time: one to come and the other done, or one
     * denying what the other calls close.
     */
    static boolean clash(Analysis a, Analysis b) {
        Stage mine = of(a);
        Stage theirs = of(b);
        boolean deniedAgainstClose = (mine == Stage.DENIED && theirs == Stage.CLOSE)
                || (mine == Stage.CLOSE && theirs == Stage.DENIED);
        return (toComeAndDone(mine, theirs) || deniedAgainstClose) && !renewed(a) && !renewed(b);
    }

    private static boolean toComeAndDone(Stage mine, Stage theirs) {
        return (mine.toCome() && theirs == Stage.DONE) || (mine == Stage.DONE && theirs.toCome());
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
        words.removeAll(CLOSE);
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
