package io.claimtracker.conflict.detect;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Figures for one thing that cannot both be true (NUMERIC): "30 killed" against "32 killed", read as intervals by
 * {@link Quantities} and compared only when they count the same thing.
 */
final class NumericCheck implements Check {

    private static final double MIN_OVERLAP_EVENT = 0.3;
    /** Words two figures of no named unit must share around them to count one thing ("injured 40", "nine … wounded"). */
    private static final int MIN_SHARED_UNNAMED = 2;
    /** Content two statements with one figure each and no unit must share for the figures to count one thing. */
    private static final double MIN_OVERLAP_ONE_FIGURE = 0.5;

    private final WordSenses senses;

    NumericCheck(WordSenses senses) {
        this.senses = senses;
    }

    @Override
    public Optional<Verdict> find(Analysis left, Analysis right) {
        List<Quantity> leftValues = left.quantities();
        List<Quantity> rightValues = right.quantities();
        boolean onlyOnes = leftValues.size() == 1 && rightValues.size() == 1;
        for (Quantity x : leftValues) {
            List<Quantity> same = rightValues.stream().filter(y -> !x.offset() && !y.offset()
                    && sameQuantity(x, y, left, right, onlyOnes)).toList();
            List<Quantity> sameUnit = same.stream().filter(y -> x.unit() != null && y.unit() != null).toList();
            List<Quantity> counterparts = sameUnit.isEmpty() ? same : sameUnit;
            if (counterparts.stream().anyMatch(x::compatibleWith)) {
                continue;
            }
            for (Quantity y : counterparts) {
                if (!x.compatibleWith(y)) {
                    double score = 0.7 + 0.3 * Math.min(1, x.relativeGap(y) * 4);
                    String what = x.unit() != null ? x.unit() : y.unit();
                    return Optional.of(Verdict.of(ConflictKind.NUMERIC, score, "Different figures"
                            + (what == null ? "" : " for " + what) + ": " + Verdict.FIRST + " says “"
                            + left.clause(x.tokenIndex()) + "”, " + Verdict.SECOND + " says “"
                            + right.clause(y.tokenIndex()) + "”."));
                }
            }
        }
        return Optional.empty();
    }

    private boolean sameQuantity(Quantity x, Quantity y, Analysis left, Analysis right, boolean onlyOnes) {
        if (x.unit() != null && y.unit() != null) {
            return senses.synonyms(x.unit(), y.unit()) && !Events.otherActors(left, right)
                    && (Events.sameEvent(left, x.tokenIndex(), right, y.tokenIndex(), x.unit(), senses)
                    || sameActBefore(left, x.tokenIndex(), right, y.tokenIndex())
                    || sameOwnerOfUnit(x, y, left, right));
        }
        String known = x.unit() != null ? x.unit() : y.unit();
        boolean unitElsewhere = known != null && (x.unit() != null ? right : left).quantities().stream()
                .anyMatch(other -> other.unit() != null && senses.synonyms(other.unit(), known));
        if (!unitElsewhere && countsOneAct(left, x.tokenIndex(), right, y.tokenIndex())) {
            return true;
        }
        if (known == null && onlyOnes && left.overlap(right) >= MIN_OVERLAP_ONE_FIGURE && !Events.otherActors(left, right)) {
            return true;
        }
        if (known == null && sameOwnerOfUnit(x, y, left, right)) {
            return true;
        }
        if (!Events.sameEvent(left, x.tokenIndex(), right, y.tokenIndex(), known, senses)) {
            return false;
        }
        if (known != null) {
            Analysis other = x.unit() != null ? right : left;
            return other.content.stream().anyMatch(word -> senses.synonyms(word, known))
                    || (onlyOnes && left.overlap(right) >= MIN_OVERLAP_EVENT);
        }
        return onlyOnes && left.overlap(right) >= MIN_OVERLAP_EVENT;
    }

    /**
     * Whether two figures count the very same unit of one named subject, with a word about them in common ("IBM's
     * charge covers several thousand jobs" and "IBM is set to cut its workforce, nearly 112,000 jobs" share the
     * workforce; "IBM's revenue was $100 billion" and "IBM's annual revenue fell to $93 billion" the revenue): the
     * statements open with the same name, the unit is one word on both sides or named by neither, and the words
     * around the figures pair off for half of the fewer side, one of them a word in lower case before both figures.
     */
    private boolean sameOwnerOfUnit(Quantity x, Quantity y, Analysis left, Analysis right) {
        Set<String> owner = Events.leadingNames(left);
        if (owner.isEmpty() || !owner.equals(Events.leadingNames(right)) || !java.util.Objects.equals(x.unit(), y.unit())) {
            return false;
        }
        Set<String> mine = left.eventNear(x.tokenIndex(), Events.EVENT_RADIUS, x.unit());
        mine.removeIf(NumericCheck::qualifiesAFigure);
        Set<String> theirs = right.eventNear(y.tokenIndex(), Events.EVENT_RADIUS, y.unit());
        theirs.removeIf(NumericCheck::qualifiesAFigure);
        return Events.matched(unnamedBefore(left, x.tokenIndex(), x.unit()), unnamedBefore(right, y.tokenIndex(), y.unit()),
                senses) >= 1
                && Events.matched(mine, theirs, senses) >= Events.MIN_EVENT_SHARE * Math.min(mine.size(), theirs.size());
    }

    private static boolean qualifiesAFigure(String word) {
        return QUALIFYING.contains(word) || word.equals("several");
    }

    /** The lower-case content concepts in the few words before a figure: what it measures, as its subject. */
    private static Set<String> unnamedBefore(Analysis analysis, int index, String unit) {
        Set<String> before = new java.util.HashSet<>();
        for (int i = Math.max(0, index - Events.EVENT_RADIUS); i < index; i++) {
            if (i == 0 || !Character.isUpperCase(analysis.tokens.get(i).text().charAt(0))) {
                before.addAll(analysis.eventNear(i, 0, unit));
            }
        }
        return before;
    }

    /**
     * Whether two figures that name no unit count one act: the words around them pair off at least twice, one of
     * the pairs in lower case ("31 injured" and "wounded five" among the same Taliban).
     */
    private boolean countsOneAct(Analysis left, int leftIndex, Analysis right, int rightIndex) {
        Set<String> mine = left.eventNear(leftIndex, Events.EVENT_RADIUS, null);
        Set<String> theirs = right.eventNear(rightIndex, Events.EVENT_RADIUS, null);
        Set<String> mineUnnamed = new java.util.HashSet<>(mine);
        mineUnnamed.retainAll(Events.unnamedNear(left, leftIndex));
        Set<String> theirsUnnamed = new java.util.HashSet<>(theirs);
        theirsUnnamed.retainAll(Events.unnamedNear(right, rightIndex));
        return !Events.otherActors(left, right) && Events.matched(mine, theirs, senses) >= MIN_SHARED_UNNAMED
                && Events.matched(mineUnnamed, theirsUnnamed, senses) >= 1;
    }

    /** Words that only qualify a figure ("around", "nearly", "more than"), read past when looking for its act. */
    private static final Set<String> QUALIFYING = Set.of("around", "about", "nearly", "almost", "some", "roughly",
            "approximately", "over", "under", "least", "most", "than", "more", "fewer", "less", "up", "to", "only",
            "just", "at", "was", "were", "is", "are", "been", "be", "had", "has", "have");
    private static final int ACT_REACH = 4;

    /**
     * Whether the same act comes just before both figures ("retweeted more than 5,000 times", "retweeted hundreds
     * of times"): then they count the same thing.
     */
    private static boolean sameActBefore(Analysis left, int leftIndex, Analysis right, int rightIndex) {
        Optional<Token> mine = actBefore(left, leftIndex);
        Optional<Token> theirs = actBefore(right, rightIndex);
        return mine.isPresent() && theirs.isPresent() && mine.get().lemma().equals(theirs.get().lemma());
    }

    private static Optional<Token> actBefore(Analysis analysis, int index) {
        for (int i = index - 1; i >= Math.max(0, index - ACT_REACH); i--) {
            Token token = analysis.tokens.get(i);
            if (!QUALIFYING.contains(token.lower())) {
                return Lexicon.STOPWORDS.contains(token.lower()) || token.isNumber() ? Optional.empty()
                        : Optional.of(token);
            }
        }
        return Optional.empty();
    }
}
