package io.claimtracker.conflict.detect;

import java.util.List;
import java.util.Set;

/**
 * Whether the words around a date tell of what is to come or of what happened, so that a relative date ("on
 * Friday", "in February") resolves forward or back: the nearest sign of tense to the date decides, and with none
 * the statement's own reading.
 */
final class Tense {

    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "would", "may", "might", "tomorrow", "next", "due",
            "upcoming", "scheduled", "planned", "plans", "set", "expected", "expects", "going", "intends");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "ago", "last", "yesterday", "since",
            "earlier", "said", "told", "began", "met", "left", "went", "came", "took", "made", "held", "won", "lost",
            "fell", "rose", "struck", "spoke", "broke", "gave", "got", "saw", "found", "flew", "ran", "led", "sent",
            "kept", "paid", "put", "shot", "fought", "bought", "brought", "thought", "knew", "wrote", "sank",
            "became", "stood", "been");
    /** Past-tense forms ending in -ed that are not past verbs here. */
    private static final Set<String> NOT_PAST = Set.of("need", "red", "bed", "seed", "speed", "feed", "shed", "bred",
            "scheduled", "planned", "expected", "proposed", "intended", "supposed");
    private static final int BEFORE = 8;
    private static final int AFTER = 4;

    private Tense() {
    }

    /** Whether the date read at {@code index} looks forward; {@code statementFuture} when nothing near says. */
    static boolean future(List<Token> tokens, int index, boolean statementFuture) {
        for (int distance = 1; distance <= BEFORE; distance++) {
            Boolean before = index - distance >= 0 ? sign(tokens, index - distance) : null;
            if (before != null) {
                return before;
            }
            Boolean after = distance <= AFTER && index + distance < tokens.size() ? sign(tokens, index + distance)
                    : null;
            if (after != null) {
                return after;
            }
        }
        return statementFuture;
    }

    /**
     * True for a sign of the future, false for one of the past, null for neither. A participle after "be" ("would
     * be agreed") is no sign: the word before it tells.
     */
    private static Boolean sign(List<Token> tokens, int index) {
        String word = tokens.get(index).lower();
        if (index > 0 && tokens.get(index - 1).lower().equals("be")) {
            return null;
        }
        if (FUTURE.contains(word)) {
            return true;
        }
        if (PAST.contains(word) || (word.length() > 4 && word.endsWith("ed") && !NOT_PAST.contains(word))) {
            return false;
        }
        return null;
    }
}
