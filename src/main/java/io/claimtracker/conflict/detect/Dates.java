package io.claimtracker.conflict.detect;

import io.claimtracker.common.text.Calendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds dates in a statement and resolves relative ones ("yesterday", "on Friday", "last month") against the
 * statement's reference date, looking forward for statements about the future and back otherwise.
 */
final class Dates {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private static final Map<String, Month> MONTHS = Calendar.MONTHS;
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar");

    /** Words that belong to date expressions and so say nothing about which event is meant. */
    static final Set<String> DATE_WORDS = Set.of("yesterday", "today", "tomorrow", "tonight", "night", "morning",
            "evening", "afternoon", "early", "late", "last", "next", "week", "month", "year", "day", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend");

    private Dates() {
    }

    static List<DateMention> in(Analysis analysis) {
        LocalDate reference = analysis.statement.referenceDate();
        boolean future = analysis.future;
        List<DateMention> found = new ArrayList<>();
        List<Token> tokens = analysis.tokens;
        int tagged = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).lower();
            String previous = i > 0 ? tokens.get(i - 1).lower() : "";
            String phrase = analysis.around(i, 1);
            DayOfWeek weekday = weekday(word);
            boolean ahead = Tense.future(tokens, i, future);
            if (weekday != null) {
                found.add(weekdayMention(weekday, previous, reference, ahead, phrase));
            } else if (Set.of("yesterday", "today", "tonight", "tomorrow").contains(word)) {
                if (reference != null) {
                    LocalDate day = switch (word) {
                        case "yesterday" -> reference.minusDays(1);
                        case "tomorrow" -> reference.plusDays(1);
                        default -> reference;
                    };
                    found.add(new DateMention(day, day, null, phrase));
                }
            } else if (word.equals("month") && Set.of("last", "next", "this").contains(previous) && reference != null) {
                LocalDate month = reference.withDayOfMonth(1).plusMonths(offset(previous));
                found.add(new DateMention(month, month.with(TemporalAdjusters.lastDayOfMonth()), null,
                        previous + " month"));
            } else if (word.equals("week") && Set.of("last", "next", "this").contains(previous) && reference != null) {
                LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(offset(previous));
                found.add(new DateMention(monday, monday.plusDays(6), null, previous + " week"));
            } else if (word.equals("year") && Set.of("last", "next", "this").contains(previous) && reference != null) {
                LocalDate year = reference.withDayOfYear(1).plusYears(offset(previous));
                found.add(new DateMention(year, year.with(TemporalAdjusters.lastDayOfYear()), null,
                        previous + " year"));
            } else if (MONTHS.containsKey(word) && !(AMBIGUOUS_MONTHS.contains(word) && !isCapitalised(tokens.get(i)))) {
                DateMention mention = monthMention(tokens, i, MONTHS.get(word), reference, ahead, phrase);
                if (mention != null) {
                    found.add(mention);
                }
            } else if (isLoneYear(tokens, i)) {
                LocalDate year = LocalDate.of(Integer.parseInt(word), 1, 1);
                found.add(new DateMention(year, year.with(TemporalAdjusters.lastDayOfYear()), null, phrase));
            }
            while (tagged < found.size()) {
                found.set(tagged, found.get(tagged).at(i));
                tagged++;
            }
        }
        return found.size() <= Analysis.MAX_COMPARED ? found : List.copyOf(found.subList(0, Analysis.MAX_COMPARED));
    }

    /** Whether a lower-case word names a month, as day numbers beside it show. */
    static boolean isMonth(String word) {
        return MONTHS.containsKey(word);
    }

    private static DayOfWeek weekday(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).equals(word)) {
                return day;
            }
        }
        return null;
    }

    private static DateMention weekdayMention(DayOfWeek weekday, String previous, LocalDate reference,
                                              boolean future, String phrase) {
        String name = weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        if (reference == null) {
            return new DateMention(null, null, name, phrase);
        }
        LocalDate day;
        if (previous.equals("next")) {
            day = reference.with(TemporalAdjusters.next(weekday));
        } else if (previous.equals("last")) {
            day = reference.with(TemporalAdjusters.previous(weekday));
        } else if (future) {
            day = reference.with(TemporalAdjusters.nextOrSame(weekday));
        } else {
            day = reference.with(TemporalAdjusters.previousOrSame(weekday));
        }
        return new DateMention(day, day, name, phrase);
    }

    private static DateMention monthMention(List<Token> tokens, int i, Month month, LocalDate reference,
                                            boolean future, String phrase) {
        Integer day = dayNumber(tokens, i + 1);
        if (day == null) {
            day = dayNumber(tokens, i - 1);
        }
        Integer year = yearAfter(tokens, i + (dayNumber(tokens, i + 1) != null ? 2 : 1));
        int resolvedYear;
        if (year != null) {
            resolvedYear = year;
        } else if (reference != null) {
            resolvedYear = reference.getYear();
            LocalDate candidate = LocalDate.of(resolvedYear, month, 1);
            if (!future && candidate.isAfter(reference)) {
                resolvedYear--;
            } else if (future && candidate.plusMonths(1).isBefore(reference)) {
                resolvedYear++;
            }
        } else {
            return day == null ? null : new DateMention(null, null, month + " " + day, phrase);
        }
        LocalDate first = LocalDate.of(resolvedYear, month, 1);
        if (day != null && day <= first.lengthOfMonth()) {
            LocalDate date = first.withDayOfMonth(day);
            return new DateMention(date, date, null, phrase);
        }
        return new DateMention(first, first.with(TemporalAdjusters.lastDayOfMonth()), null, phrase);
    }

    /**
     * A year standing alone ("in 2013", "the 1994 season"), not one a month or day before it already dates, and not
     * a count ("2013 people").
     */
    private static boolean isLoneYear(List<Token> tokens, int i) {
        Integer year = yearAfter(tokens, i);
        if (year == null || year < 1800 || year > 2100) {
            return false;
        }
        boolean afterMonth = (i >= 1 && MONTHS.containsKey(tokens.get(i - 1).lower()))
                || (i >= 2 && MONTHS.containsKey(tokens.get(i - 2).lower()) && dayNumber(tokens, i - 1) != null);
        boolean decade = i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("s");
        return !afterMonth && !decade && i > 0 && Set.of("in", "of", "since", "by", "until", "before", "after", "from", "during",
                "the", "early", "late", "mid", "and", "to").contains(tokens.get(i - 1).lower());
    }

    private static Integer dayNumber(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        String word = tokens.get(i).lower().replaceAll("(st|nd|rd|th)$", "");
        if (word.isEmpty() || word.length() > 2 || !word.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int day = Integer.parseInt(word);
        return day >= 1 && day <= 31 ? day : null;
    }

    private static Integer yearAfter(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        String word = tokens.get(i).lower();
        return word.length() == 4 && word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : null;
    }

    private static int offset(String word) {
        return switch (word) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static boolean isCapitalised(Token token) {
        return Character.isUpperCase(token.text().charAt(0));
    }
}
