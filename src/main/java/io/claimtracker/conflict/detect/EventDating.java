package io.claimtracker.conflict.detect;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tests an article's date against a statement from an article whose date an editor confirmed: the same event put
 * on days weeks apart by a relative date ("yesterday", "last month"), or a deal told as still to come that the
 * other reports done long before (or done long before the other expects it). Plain Java, no service needed.
 */
public final class EventDating {

    /** Days apart below which two accounts of one event are a conflict for the detector, not a misdated article. */
    static final int MIN_GAP_DAYS = 28;
    /** How far a deal's stage may lag before the dates, not the story, are the likely cause. */
    static final int STAGE_GAP_DAYS = 60;
    private static final int SEARCH_DAYS = 400;
    private static final double MIN_EVENT_COVERAGE = 0.7;
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "city", "official",
            "again", "after", "when", "also");
    /** Shared participants two statements of a deal's stage need before an article's date is doubted. */
    private static final int MIN_PARTICIPANTS = 3;

    private final WordSenses senses;

    public EventDating(WordSenses senses) {
        this.senses = senses;
    }

    /** What a doubted statement and a trusted one say of one event's date or stage, and the dates that would fit. */
    public record Clash(Kind kind, String event, String doubtedPhrase, LocalDate doubtedFrom, LocalDate doubtedTo,
                        String trustedPhrase, LocalDate trustedFrom, LocalDate trustedTo, LocalDate suggestedFrom,
                        LocalDate suggestedTo) {
    }

    /** Which kind of evidence a clash is. */
    public enum Kind { EVENT_DATE, STAGE }

    /** A statement read once, for comparing with many. */
    public static final class Reading {
        private final Analysis analysis;
        private final Set<String> names;

        private Reading(Analysis analysis, Set<String> context) {
            this.analysis = analysis;
            Set<String> own = EventDating.names(analysis);
            this.names = own.isEmpty() ? context : own;
        }

        /** Whether the statement gives a date or a deal's stage at all; only such statements are worth comparing. */
        public boolean datesSomething() {
            return !analysis.dates().isEmpty() || DealStage.of(analysis) != DealStage.Stage.NONE;
        }
    }

    public Reading read(Statement statement) {
        return read(statement, Set.of());
    }

    /** Reads a statement whose names, when it gives none, are those of its context (the article's headline). */
    public Reading read(Statement statement, Set<String> contextNames) {
        return new Reading(Analysis.of(statement, senses), contextNames);
    }

    /** The names a text gives, for use as the context of statements that give none. */
    public Set<String> names(String text) {
        return Set.copyOf(names(Analysis.of(Statement.of(text), senses)));
    }

    /** What the trusted statement says against the doubted one's article date, if anything. */
    public Optional<Clash> compare(Reading doubted, Reading trusted) {
        Analysis a = doubted.analysis;
        Analysis b = trusted.analysis;
        if (a.statement.referenceDate() == null || b.statement.referenceDate() == null) {
            return Optional.empty();
        }
        if (!sameNames(doubted.names, trusted.names)) {
            return Optional.empty();
        }
        Optional<Clash> dated = eventDate(a, b);
        return dated.isPresent() ? dated : stageClash(a, b);
    }

    private static Optional<Clash> eventDate(Analysis a, Analysis b) {
        List<DateMention> mine = a.dates();
        List<DateMention> theirs = b.dates();
        for (int i = 0; i < mine.size(); i++) {
            DateMention x = mine.get(i);
            if (!x.resolved() || !relative(a, i)) {
                continue;
            }
            for (DateMention y : theirs) {
                if (!y.resolved() || gap(x, y) < MIN_GAP_DAYS || smallerCovered(a, b) < MIN_EVENT_COVERAGE) {
                    continue;
                }
                Set<String> event = a.eventNear(x.tokenIndex(), 5, null);
                event.retainAll(b.eventNear(y.tokenIndex(), 5, null));
                LocalDate[] fit = fittingDates(a, i, y);
                return Optional.of(new Clash(Kind.EVENT_DATE, String.join(", ", event), x.phrase(), x.from(), x.to(), y.phrase(),
                        y.from(), y.to(), fit[0], fit[1]));
            }
        }
        return Optional.empty();
    }

    /** Whether the mention moves with the article's date ("yesterday") rather than standing alone ("9 September 2016"). */
    /**
     * How much of the shorter statement's content the other shares, date and reporting words aside: one event told
     * twice shares most of it ("the harbour bridge reopened"); two events of a kind share less ("the museum in Porto
     * reopened" against "the bridge in Porto reopened").
     */
    private static double smallerCovered(Analysis a, Analysis b) {
        Set<String> mine = eventContent(a);
        Set<String> theirs = eventContent(b);
        Set<String> smaller = mine.size() <= theirs.size() ? mine : theirs;
        Set<String> larger = smaller == mine ? theirs : mine;
        if (smaller.size() < 2) {
            return 0;
        }
        return smaller.stream().filter(larger::contains).count() / (double) smaller.size();
    }

    /**
     * Whether the names the two statements give (capitalised words not opening a sentence: places, people,
     * countries) agree: when both give names, at least half of the fewer are shared. A bridge in one city and a
     * bridge in another are two events however alike the words.
     */
    private static boolean sameNames(Set<String> mine, Set<String> theirs) {
        if (mine.isEmpty() || theirs.isEmpty()) {
            return true;
        }
        Set<String> fewer = mine.size() <= theirs.size() ? mine : theirs;
        Set<String> more = fewer == mine ? theirs : mine;
        return fewer.stream().filter(more::contains).count() * 2 >= fewer.size();
    }

    private static Set<String> names(Analysis analysis) {
        Set<String> names = new HashSet<>();
        List<Token> tokens = analysis.tokens;
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String previous = tokens.get(i - 1).text();
            boolean opensSentence = previous.endsWith(".") || previous.endsWith("\"");
            if (!opensSentence && !token.text().isEmpty() && Character.isUpperCase(token.text().codePointAt(0))
                    && !Dates.DATE_WORDS.contains(token.lower()) && !Dates.isMonth(token.lower())) {
                names.add(Analysis.concept(token));
            }
        }
        return names;
    }

    private static Set<String> eventContent(Analysis analysis) {
        Set<String> words = new HashSet<>(analysis.content);
        words.removeAll(Dates.DATE_WORDS);
        words.removeIf(word -> Quantities.isNumberWord(word) || Dates.isMonth(word) || REPORTING.contains(word));
        return words;
    }

    private static boolean relative(Analysis a, int index) {
        List<DateMention> moved = a.withReference(a.statement.referenceDate().plusDays(SEARCH_DAYS)).dates();
        return moved.size() > index && moved.get(index).resolved()
                && !moved.get(index).from().equals(a.dates().get(index).from());
    }

    /** The article dates for which the mention lands on the trusted days, searched day by day around them. */
    private static LocalDate[] fittingDates(Analysis a, int index, DateMention trusted) {
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate day = trusted.from().minusDays(SEARCH_DAYS); !day.isAfter(trusted.to().plusDays(SEARCH_DAYS));
             day = day.plusDays(1)) {
            List<DateMention> moved = a.withReference(day).dates();
            if (moved.size() > index && moved.get(index).resolved() && !moved.get(index).disjointFrom(trusted)) {
                first = first == null ? day : first;
                last = day;
            }
        }
        return new LocalDate[] {first, last};
    }

    private static long gap(DateMention x, DateMention y) {
        if (!x.disjointFrom(y)) {
            return 0;
        }
        return x.to().isBefore(y.from()) ? ChronoUnit.DAYS.between(x.to(), y.from())
                : ChronoUnit.DAYS.between(y.to(), x.from());
    }

    private static Optional<Clash> stageClash(Analysis a, Analysis b) {
        if (!DealStage.apart(a, b) || !DealStage.sameParties(a, b, MIN_PARTICIPANTS)) {
            return Optional.empty();
        }
        DealStage.Stage mine = DealStage.of(a);
        LocalDate doubtedDay = a.statement.referenceDate();
        LocalDate trustedDay = eventDay(b);
        String event = DealStage.eventWord(a);
        if (mine.toCome() && ChronoUnit.DAYS.between(trustedDay, doubtedDay) > STAGE_GAP_DAYS) {
            return Optional.of(new Clash(Kind.STAGE, event, DealStage.cue(a), doubtedDay, doubtedDay, DealStage.cue(b),
                    trustedDay, trustedDay, trustedDay.minusDays(STAGE_GAP_DAYS * 3L), trustedDay));
        }
        if (mine == DealStage.Stage.DONE && ChronoUnit.DAYS.between(doubtedDay, trustedDay) > STAGE_GAP_DAYS) {
            return Optional.of(new Clash(Kind.STAGE, event, DealStage.cue(a), doubtedDay, doubtedDay, DealStage.cue(b),
                    trustedDay, trustedDay, trustedDay, trustedDay.plusDays(STAGE_GAP_DAYS * 3L)));
        }
        return Optional.empty();
    }

    /** The day the trusted statement puts the event on, or its own date when it gives none. */
    private static LocalDate eventDay(Analysis b) {
        return b.dates().stream().filter(DateMention::resolved).map(DateMention::from).findFirst()
                .orElse(b.statement.referenceDate());
    }

}
