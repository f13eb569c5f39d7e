package io.claimtracker.conflict.detect;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The story moving on between two statements dated on different days, where no clash was found: an act told as
 * still to come ("may announce", "is about to split") and reported on a later day ("announced", "is splitting"), or
 * a subject that declined to comment and on a later day spoke. Recorded as a {@link ConflictKind#DEVELOPMENT}, never flagged.
 */
final class StageChangeCheck {

    private static final Set<String> ANTICIPATING = Set.of("will", "'ll", "may", "might", "could", "would", "shall");
    private static final Set<String> ANTICIPATING_BEFORE_TO = Set.of("about", "set", "poised", "expected", "plans",
            "planning", "preparing", "due", "likely", "going");
    private static final Set<String> FILLER = Set.of("to", "be", "as", "soon", "early", "shortly", "also", "now",
            "formally", "officially", "finally", "reportedly");
    private static final Set<String> COMMENTING = Set.of("comment", "respond", "reply");
    private static final int REACH = 3;
    private static final double SCORE = 0.5;

    Optional<Verdict> find(Analysis left, Analysis right) {
        LocalDate first = left.statement.referenceDate();
        LocalDate second = right.statement.referenceDate();
        if (first == null || second == null) {
            return Optional.empty();
        }
        Optional<Verdict> forward = movedOn(left, right, first, second, Verdict.FIRST, Verdict.SECOND);
        return forward.isPresent() ? forward : movedOn(right, left, second, first, Verdict.SECOND, Verdict.FIRST);
    }

    /** Whether {@code earlier}, said on a day before {@code later}, told of a stage that {@code later} moved past. */
    private static Optional<Verdict> movedOn(Analysis earlier, Analysis later, LocalDate earlierDay, LocalDate laterDay,
                                             String earlierName, String laterName) {
        if (!earlierDay.isBefore(laterDay) || later.negation.isPresent() || later.question) {
            return Optional.empty();
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(earlierDay, laterDay);
        Optional<Token> anticipated = anticipated(earlier);
        if (anticipated.isPresent() && !anticipating(later) && sameSubject(earlier, later, anticipated.get())) {
            String lemma = anticipated.get().lemma();
            Optional<Token> done = later.tokens.stream().filter(token -> token.lemma().equals(lemma)).findFirst();
            if (done.isPresent()) {
                return Optional.of(development(earlierName + " told it as still to come (“"
                        + earlier.clause(anticipated.get().index()) + "”), " + laterName + " reports it (“"
                        + later.clause(done.get().index()) + "”)", days));
            }
        }
        Optional<Token> silence = declinedComment(earlier);
        if (silence.isPresent() && declinedComment(later).isEmpty() && sameSpeaker(earlier, later)) {
            return Optional.of(development(earlierName + " declined to comment (“" + earlier.clause(silence.get().index()) + "”), " + laterName + " then spoke", days));
        }
        return Optional.empty();
    }

    private static Verdict development(String what, long days) {
        return new Verdict(false, ConflictKind.DEVELOPMENT, SCORE, "A development rather than a conflict: " + what
                + (days == 0 ? " the same day." : " " + days + (days == 1 ? " day" : " days") + " later."), false);
    }

    /** The act a statement tells as still to come: the first word of substance after "will", "may", "about to". */
    private static Optional<Token> anticipated(Analysis analysis) {
        List<Token> tokens = analysis.tokens;
        for (Token token : tokens) {
            boolean marker = ANTICIPATING.contains(token.lower()) || (ANTICIPATING_BEFORE_TO.contains(token.lower())
                    && token.index() + 1 < tokens.size() && tokens.get(token.index() + 1).lower().equals("to"));
            if (!marker) {
                continue;
            }
            for (Token next : tokens.subList(token.index() + 1, Math.min(tokens.size(), token.index() + REACH + 2))) {
                if (FILLER.contains(next.lower())) {
                    continue;
                }
                return Lexicon.STOPWORDS.contains(next.lower()) || Lexicon.NEGATIONS.contains(next.lower())
                        ? Optional.empty() : Optional.of(next);
            }
        }
        return Optional.empty();
    }

    private static boolean anticipating(Analysis analysis) {
        return anticipated(analysis).isPresent() || analysis.hedge.isPresent();
    }

    /** "declined to comment", "has not commented", "did not respond": the word saying so. */
    private static Optional<Token> declinedComment(Analysis analysis) {
        for (Token token : analysis.tokens) {
            if (!COMMENTING.contains(token.lemma())) {
                continue;
            }
            boolean declined = analysis.tokens.subList(Math.max(0, token.index() - REACH), token.index()).stream()
                    .anyMatch(before -> Set.of("decline", "refuse").contains(before.lemma())
                            || Lexicon.NEGATIONS.contains(before.lower()));
            if (declined) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether two statements are about one subject: a name they share (an acronym matching the other's initials
     * counts: "HP", "Hewlett-Packard"), or a word of substance besides the act itself.
     */
    private static boolean sameSubject(Analysis one, Analysis other, Token act) {
        Set<String> names = names(one);
        names.retainAll(names(other));
        Set<String> shared = one.shared(other);
        shared.remove(Analysis.concept(act));
        shared.removeAll(COMMENTING);
        return !names.isEmpty() || !shared.isEmpty();
    }

    /** Whether the subject a statement opens with opens the other too: who declined to comment then spoke. */
    private static boolean sameSpeaker(Analysis silent, Analysis spoke) {
        Set<String> names = names(silent, true);
        names.retainAll(names(spoke, true));
        return !names.isEmpty();
    }

    private static Set<String> names(Analysis analysis) {
        return names(analysis, false);
    }

    /**
     * Capitalised words, each run of them also as its initials; with {@code leading}, only those the statement opens
     * with.
     */
    private static Set<String> names(Analysis analysis, boolean leading) {
        Set<String> names = new HashSet<>();
        StringBuilder initials = new StringBuilder();
        for (Token token : analysis.tokens) {
            if (leading && !Character.isUpperCase(token.text().charAt(0))) {
                break;
            }
            boolean capitalised = Character.isUpperCase(token.text().charAt(0))
                    && !Lexicon.STOPWORDS.contains(token.lower());
            if (capitalised) {
                names.add(token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT)) ? token.lower()
                        : token.lower().replaceAll("['’]s$", ""));
                initials.append(token.lower().charAt(0));
            } else {
                if (initials.length() > 1) {
                    names.add(initials.toString());
                }
                initials.setLength(0);
            }
        }
        if (initials.length() > 1) {
            names.add(initials.toString());
        }
        return names;
    }
}
