package io.claimtracker.conflict.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private static final Set<String> RENEWED = Set.of("new", "fresh", "another", "second", "renewed", "revive",
            "revived", "again", "latest");

    private DealStage() {
    }

    /**
     * A statement's deal as read once: its stage, the deal word, the first and last of the words that tell the stage,
     * whether the deal is a renewed one, and the content words that say who it is between.
     */
    record Reading(Stage stage, int event, int first, int last, boolean renewed, Set<String> participants) {
    }

    static Stage of(Analysis analysis) {
        return analysis.dealStage().stage();
    }

    static Reading read(Analysis analysis) {
        int event = eventIndex(analysis);
        if (event < 0) {
            return new Reading(Stage.NONE, -1, -1, -1, false, Set.of());
        }
        List<Token> tokens = analysis.tokens;
        int from = Math.max(0, event - CUE_RADIUS);
        int to = Math.min(tokens.size(), event + CUE_RADIUS + 1);
        Map<Stage, List<Integer>> cues = new EnumMap<>(Stage.class);
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).lower();
            if (Lexicon.NEGATIONS.contains(word)) {
                cues.computeIfAbsent(Stage.DENIED, stage -> new ArrayList<>()).add(i);
            }
            if (CLOSE.contains(word) || (word.equals("about") && i + 1 < tokens.size()
                    && tokens.get(i + 1).lower().equals("to"))) {
                cues.computeIfAbsent(Stage.CLOSE, stage -> new ArrayList<>()).add(i);
            }
            if (UPCOMING.contains(word) || Lexicon.FUTURE.contains(word) || Lexicon.HEDGES.contains(word)) {
                cues.computeIfAbsent(Stage.UPCOMING, stage -> new ArrayList<>()).add(i);
            }
            if (DONE.contains(word)) {
                cues.computeIfAbsent(Stage.DONE, stage -> new ArrayList<>()).add(i);
            }
        }
        Stage stage = stageOf(cues.keySet());
        List<Integer> telling = new ArrayList<>(List.of(event));
        if (stage == Stage.DENIED) {
            telling.addAll(cues.getOrDefault(Stage.CLOSE, List.of()));
        }
        telling.addAll(cues.getOrDefault(stage, List.of()));
        boolean renewed = tokens.stream().anyMatch(token -> RENEWED.contains(token.lower()));
        return new Reading(stage, event, Collections.min(telling), Collections.max(telling), renewed,
                participants(analysis));
    }

    private static Stage stageOf(Set<Stage> told) {
        if (told.contains(Stage.DONE)) {
            return told.size() == 1 ? Stage.DONE : Stage.NONE;
        }
        if (told.contains(Stage.DENIED)) {
            return Stage.DENIED;
        }
        return told.contains(Stage.CLOSE) ? Stage.CLOSE : told.contains(Stage.UPCOMING) ? Stage.UPCOMING : Stage.NONE;
    }

    /** Whether the two statements put one deal at stages that cannot both hold: one to come, the other done. */
    static boolean apart(Analysis a, Analysis b) {
        Reading mine = a.dealStage();
        Reading theirs = b.dealStage();
        return toComeAndDone(mine.stage(), theirs.stage()) && !mine.renewed() && !theirs.renewed();
    }

    /**
     * Whether the two statements cannot both be true of one deal at one time: one to come and the other done, or one
     * denying what the other calls close.
     */
    static boolean clash(Analysis a, Analysis b) {
        Reading mine = a.dealStage();
        Reading theirs = b.dealStage();
        boolean deniedAgainstClose = (mine.stage() == Stage.DENIED && theirs.stage() == Stage.CLOSE)
                || (mine.stage() == Stage.CLOSE && theirs.stage() == Stage.DENIED);
        return (toComeAndDone(mine.stage(), theirs.stage()) || deniedAgainstClose) && !mine.renewed()
                && !theirs.renewed();
    }

    private static boolean toComeAndDone(Stage mine, Stage theirs) {
        return (mine.toCome() && theirs == Stage.DONE) || (mine == Stage.DONE && theirs.toCome());
    }

    /** The deal word itself, as written. */
    static String eventWord(Analysis analysis) {
        return analysis.tokens.get(analysis.dealStage().event()).text();
    }

    /** The words that tell the stage, to quote: from the first to the last of the deal word and its stage words. */
    static String cue(Analysis analysis) {
        Reading reading = analysis.dealStage();
        return analysis.span(reading.first(), reading.last());
    }

    /**
     * The same parties: at least {@code minimum} content words besides the deal, its stage and dates shared, covering
     * a third of the shorter side.
     */
    static boolean sameParties(Analysis a, Analysis b, int minimum) {
        Set<String> mine = a.dealStage().participants();
        Set<String> theirs = b.dealStage().participants();
        Set<String> shared = new HashSet<>(mine);
        shared.retainAll(theirs);
        int smaller = Math.min(mine.size(), theirs.size());
        return shared.size() >= minimum && smaller > 0 && shared.size() >= MIN_PARTICIPANT_SHARE * smaller;
    }

    /** The content words besides the deal, its stage and dates: who the deal is between and what it is about. */
    private static Set<String> participants(Analysis analysis) {
        Set<String> words = new HashSet<>(analysis.content);
        words.remove(DEAL);
        words.removeAll(TRUCE);
        words.removeAll(CLOSE);
        words.removeAll(UPCOMING);
        words.removeAll(DONE);
        words.removeAll(Dates.DATE_WORDS);
        words.removeAll(STAGE_CONCEPTS);
        return Set.copyOf(words);
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
