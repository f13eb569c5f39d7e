package io.claimtracker.conflict.detect;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One event placed on dates that cannot overlap (TEMPORAL): each statement's dates for what it tells, not for its
 * telling, compared when the words around them, or the statements as a whole, tell of one event.
 */
final class DateCheck implements Check {

    private final WordSenses senses;

    DateCheck(WordSenses senses) {
        this.senses = senses;
    }

    @Override
    public Optional<Verdict> find(Analysis left, Analysis right) {
        List<DateMention> leftDates = Events.eventDates(left);
        List<DateMention> rightDates = Events.eventDates(right);
        if (leftDates.isEmpty() || rightDates.isEmpty()) {
            return Optional.empty();
        }
        for (DateMention x : leftDates) {
            for (DateMention y : rightDates) {
                if (!x.disjointFrom(y)) {
                    return Optional.empty();
                }
            }
        }
        Set<String> event = Events.eventWords(left);
        event.retainAll(Events.eventWords(right));
        DateMention x = leftDates.get(0);
        DateMention y = rightDates.get(0);
        boolean near = Events.sameEvent(left, x.tokenIndex(), right, y.tokenIndex(), null, senses)
                && namesMoreThanWho(left, x.tokenIndex(), right, y.tokenIndex());
        if (event.isEmpty() || !(near || oneDatedEvent(left, leftDates, right, rightDates))) {
            return Optional.empty();
        }
        return Optional.of(Verdict.of(ConflictKind.TEMPORAL, 0.8, "Different dates for the same event: "
                + Verdict.FIRST + " says “" + left.clause(x.tokenIndex()) + "” (" + describe(x, left) + "), "
                + Verdict.SECOND + " says “" + right.clause(y.tokenIndex()) + "” (" + describe(y, right) + ")."));
    }

    /** The days a date may mean and where they come from: as written, or counted from when the claim was said. */
    private static String describe(DateMention date, Analysis said) {
        if (!date.resolved() || date.phrase().matches(".*\\b\\d{4}\\b.*")) {
            return date.describe();
        }
        java.time.LocalDate day = said.statement.referenceDate();
        return date.describe() + (day == null ? "" : ", counted from " + Dates.DAY.format(day) + ", when it was said");
    }

    /** Share of the shorter statement's event words two statements with one date each must pair off. */
    private static final double MIN_WHOLE_EVENT_SHARE = 0.5;

    /**
     * Whether two statements that each give one date tell of one event: most of the shorter one's words pair off
     * with the other's, and not only names ("his last public appearance, at a mosque in the city" and "he last
     * appeared in public at the city's mosque").
     */
    private boolean oneDatedEvent(Analysis left, List<DateMention> leftDates, Analysis right,
                                  List<DateMention> rightDates) {
        if (leftDates.size() != 1 || rightDates.size() != 1 || left.content.size() > Analysis.MAX_WHOLE_WORDS
                || right.content.size() > Analysis.MAX_WHOLE_WORDS) {
            return false;
        }
        Set<String> mine = Events.eventWords(left);
        Set<String> theirs = Events.eventWords(right);
        Set<String> mineUnnamed = new java.util.HashSet<>(mine);
        mineUnnamed.retainAll(Events.unnamedNear(left, left.tokens.size() / 2, left.tokens.size()));
        Set<String> theirsUnnamed = new java.util.HashSet<>(theirs);
        theirsUnnamed.retainAll(Events.unnamedNear(right, right.tokens.size() / 2, right.tokens.size()));
        int smaller = Math.min(mine.size(), theirs.size());
        return smaller > 0 && Events.matched(mine, theirs, senses) >= MIN_WHOLE_EVENT_SHARE * smaller
                && Events.matched(mineUnnamed, theirsUnnamed, senses) >= 1;
    }

    /**
     * Whether what two dates share around them is more than who it concerns: a word in lower case (an act or a
     * thing) besides names ("rescue Foley" and "the Foley video" share only a name).
     */
    private static boolean namesMoreThanWho(Analysis left, int leftIndex, Analysis right, int rightIndex) {
        if (leftIndex < 0 || rightIndex < 0) {
            return true;
        }
        Set<String> shared = right.eventNear(rightIndex, Events.EVENT_RADIUS, null);
        shared.retainAll(left.eventNear(leftIndex, Events.EVENT_RADIUS, null));
        Set<String> unnamed = Events.unnamedNear(left, leftIndex);
        unnamed.addAll(Events.unnamedNear(right, rightIndex));
        return shared.stream().anyMatch(unnamed::contains);
    }
}
