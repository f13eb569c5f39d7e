package io.claimtracker.conflict.detect;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The story moving on between two statements, where no clash was found: an act told as still to come ("may
 * announce its split", "is about to split") and reported on a later day ("announced", "is splitting"); a subject
 * that declined to comment and on a later day spoke; something told as reported and on a later day stated outright;
 * a report nobody had confirmed, asserted on a later day; or a figure one statement gives as revised from the other's
 * ("rose to 55, up from an earlier 40"), whatever their dates. Recorded as a {@link ConflictKind#DEVELOPMENT},
 * never flagged.
 */
final class StageChangeCheck {

    private static final Set<String> ANTICIPATING = Set.of("will", "'ll", "may", "might", "could", "would", "shall");
    private static final Set<String> ANTICIPATING_BEFORE_TO = Set.of("about", "set", "poised", "expected", "plans",
            "planning", "preparing", "due", "likely", "going");
    private static final Set<String> FILLER = Set.of("to", "be", "as", "soon", "early", "shortly", "also", "now",
            "formally", "officially", "finally", "reportedly");
    private static final Set<String> COMMENTING = Set.of("comment", "respond", "reply");
    private static final Set<String> DETERMINERS = Set.of("its", "their", "his", "her", "the", "a", "an", "our",
            "this", "that");
    private static final Set<String> REVISION_FROM = Set.of("up", "down", "revised", "raised", "lowered", "increased",
            "decreased", "cut", "rose", "fell", "climbed", "dropped");
    private static final Set<String> EARLIER = Set.of("earlier", "previous", "prior", "initial", "original");
    private static final int REVISION_REACH = 6;
    /** Words that tell something as reported by others, not stated. */
    private static final Set<String> REPORTED = Set.of("reported", "reportedly", "rumoured", "rumored", "alleged",
            "allegedly", "purported", "purportedly", "unconfirmed");
    private static final double STATED_OVERLAP = 0.5;
    private static final int REACH = 3;
    private static final double SCORE = 0.5;

    private final WordSenses senses;

    StageChangeCheck(WordSenses senses) {
        this.senses = senses;
    }

    /** A figure one statement gives as revised from the other's: read before any clash between the figures. */
    Optional<Verdict> revision(Analysis left, Analysis right) {
        return revised(left, right, Verdict.FIRST, Verdict.SECOND)
                .or(() -> revised(right, left, Verdict.SECOND, Verdict.FIRST));
    }

    Optional<Verdict> find(Analysis left, Analysis right) {
        Optional<Verdict> confirmed = confirmedLater(left, right, Verdict.FIRST, Verdict.SECOND)
                .or(() -> confirmedLater(right, left, Verdict.SECOND, Verdict.FIRST));
        if (confirmed.isPresent()) {
            return confirmed;
        }
        LocalDate first = left.statement.referenceDate();
        LocalDate second = right.statement.referenceDate();
        if (first == null || second == null) {
            return spokeAfterSilence(left, right, Verdict.FIRST, Verdict.SECOND)
                    .or(() -> spokeAfterSilence(right, left, Verdict.SECOND, Verdict.FIRST));
        }
        Optional<Verdict> forward = movedOn(left, right, first, second, Verdict.FIRST, Verdict.SECOND);
        return forward.isPresent() ? forward : movedOn(right, left, second, first, Verdict.SECOND, Verdict.FIRST);
    }

    /** Whether {@code earlier}, said on a day before {@code later}, told of a stage that {@code later} moved past. */
    private Optional<Verdict> movedOn(Analysis earlier, Analysis later, LocalDate earlierDay, LocalDate laterDay,
                                             String earlierName, String laterName) {
        if (!earlierDay.isBefore(laterDay) || later.negation.isPresent() || later.question) {
            return Optional.empty();
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(earlierDay, laterDay);
        Optional<Token> anticipated = anticipated(earlier);
        if (anticipated.isPresent() && !anticipating(later) && sameSubject(earlier, later, anticipated.get())) {
            String act = anticipated.get().lemma();
            Optional<String> object = objectOf(earlier, anticipated.get()).map(Token::lemma);
            Optional<Token> done = later.tokens.stream().filter(token -> token.lemma().equals(act)
                    || verbForm(token) && object.filter(thing -> token.lemma().equals(thing)
                    || senses.derived(token.lemma(), thing)).isPresent()).findFirst();
            if (done.isPresent()) {
                return Optional.of(development(earlierName + " told it as still to come (“"
                        + earlier.clause(anticipated.get().index()) + "”), " + laterName + " reports it (“"
                        + later.clause(done.get().index()) + "”)", days));
            }
        }
        Optional<Token> hearsay = reportedWord(earlier);
        if (hearsay.isPresent() && reportedWord(later).isEmpty() && later.hedge.isEmpty()
                && earlier.overlap(later) >= STATED_OVERLAP) {
            return Optional.of(development(earlierName + " told it as reported (“" + earlier.clause(
                    hearsay.get().index()) + "”), " + laterName + " states it", days));
        }
        Optional<Token> silence = declinedComment(earlier);
        if (silence.isPresent() && declinedComment(later).isEmpty() && sameSpeaker(earlier, later)) {
            return Optional.of(development(earlierName + " declined to comment (“" + earlier.clause(silence.get().index()) + "”), " + laterName + " then spoke", days));
        }
        return Optional.empty();
    }

    /**
     * Without both dates: a speaker that declined to comment on something and, in another claim of its own, speaks
     * on it. Silence is read as coming first, the way such stories move; the explanation says the order is presumed.
     */
    private static Optional<Verdict> spokeAfterSilence(Analysis silent, Analysis spoke, String silentName,
                                                       String spokeName) {
        Optional<Token> silence = declinedComment(silent);
        String speaker = silent.statement.speakerKey();
        if (silence.isEmpty() || speaker == null || !speaker.equals(spoke.statement.speakerKey())
                || declinedComment(spoke).isPresent() || spoke.negation.isPresent() || spoke.question
                || !sameSpeaker(silent, spoke) || !sameSubject(silent, spoke, silence.get())) {
            return Optional.empty();
        }
        return Optional.of(development(silentName + " declined to comment (“" + silent.clause(silence.get().index())
                + "”), " + spokeName + " speaks on it; without both dates the silence is taken to come first."));
    }

    private static Verdict development(String what, long days) {
        return development(what + (days == 0 ? " the same day." : " " + days + (days == 1 ? " day" : " days")
                + " later."));
    }

    /** The finding recorded as the story moving on, in the words given. */
    private static Verdict development(String what) {
        return new Verdict(false, ConflictKind.DEVELOPMENT, SCORE, "A development rather than a conflict: " + what,
                false);
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

    /**
     * The act an anticipated announcement names, when a common noun follows the verb ("announce its split"): done
     * once the other statement uses it as a verb ("is splitting").
     */
    private static Optional<Token> objectOf(Analysis analysis, Token act) {
        List<Token> tokens = analysis.tokens;
        for (Token next : tokens.subList(act.index() + 1, Math.min(tokens.size(), act.index() + REACH))) {
            if (DETERMINERS.contains(next.lower())) {
                continue;
            }
            boolean commonNoun = !Lexicon.STOPWORDS.contains(next.lower()) && !next.isNumber()
                    && Character.isLowerCase(next.text().charAt(0));
            return commonNoun ? Optional.of(next) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A word written as a verb's participle: "splitting", "merged". */
    private static boolean verbForm(Token token) {
        return token.lower().length() > 4 && (token.lower().endsWith("ing") || token.lower().endsWith("ed"));
    }

    /**
     * {@code revising} gives a figure as changed from an earlier one ("up from an earlier estimate of 40") that
     * {@code revised} states: the later figure is a development of the earlier, not a clash with it.
     */
    private static Optional<Verdict> revised(Analysis revising, Analysis revised, String revisingName,
                                             String revisedName) {
        List<Token> tokens = revising.tokens;
        for (Token token : tokens) {
            if (!token.lower().equals("from") || token.index() == 0) {
                continue;
            }
            Token before = tokens.get(token.index() - 1);
            List<Token> after = tokens.subList(token.index() + 1, Math.min(tokens.size(),
                    token.index() + 1 + REVISION_REACH));
            boolean cue = REVISION_FROM.contains(before.lower())
                    || after.stream().anyMatch(next -> EARLIER.contains(next.lower()));
            if (!cue) {
                continue;
            }
            Optional<Quantity> old = revising.quantities().stream().filter(q -> q.tokenIndex() > token.index()
                    && q.tokenIndex() <= token.index() + REVISION_REACH).findFirst();
            Optional<Quantity> stated = old.flatMap(o -> revised.quantities().stream()
                    .filter(q -> q.low() == o.low() && q.high() == o.high()).findFirst());
            if (stated.isPresent()) {
                return Optional.of(development(revisingName + " gives the figure as revised (“"
                        + revising.clause(token.index()) + "”) from the one " + revisedName + " states (“"
                        + revised.clause(stated.get().tokenIndex()) + "”)."));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code unconfirmed} says something was not confirmed ("officials had not confirmed reports that …") on a day
     * before {@code asserted} asserts it: each statement's day is the latest it names, else the day it was said.
     */
    private static Optional<Verdict> confirmedLater(Analysis unconfirmed, Analysis asserted, String unconfirmedName,
                                                    String assertedName) {
        Optional<Token> doubt = unconfirmedWord(unconfirmed);
        if (doubt.isEmpty() || unconfirmedWord(asserted).isPresent() || asserted.negation.isPresent()
                || asserted.question || !sameSubject(unconfirmed, asserted, doubt.get())) {
            return Optional.empty();
        }
        LocalDate before = dayOf(unconfirmed);
        LocalDate after = dayOf(asserted);
        if (before == null || after == null || !before.isBefore(after)) {
            return Optional.empty();
        }
        return Optional.of(development(unconfirmedName + " said it was not confirmed (“"
                + unconfirmed.clause(doubt.get().index()) + "”), " + assertedName + " asserts it",
                java.time.temporal.ChronoUnit.DAYS.between(before, after)));
    }

    /** "the reported plan", "reportedly", "alleged": the word telling something as others' report. */
    private static Optional<Token> reportedWord(Analysis analysis) {
        return analysis.tokens.stream().filter(token -> REPORTED.contains(token.lower())).findFirst();
    }

    /** "had not confirmed", "could not confirm", "unconfirmed": the word saying so. */
    private static Optional<Token> unconfirmedWord(Analysis analysis) {
        for (Token token : analysis.tokens) {
            if (token.lower().equals("unconfirmed")) {
                return Optional.of(token);
            }
            boolean denied = analysis.negation.filter(negation -> negation.index() < token.index()
                    && token.index() - negation.index() <= REVISION_REACH).isPresent();
            if (token.lemma().equals("confirm") && denied) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /** The day a statement speaks of: the latest date it names, else the day it was said. */
    private static LocalDate dayOf(Analysis analysis) {
        return analysis.dates().stream().filter(DateMention::resolved).map(DateMention::to)
                .max(java.util.Comparator.naturalOrder()).orElse(analysis.statement.referenceDate());
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
