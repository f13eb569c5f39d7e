package io.claimtracker.dating;

import io.claimtracker.common.text.Calendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weighs the date a page states against the dates the article's own text gives: a dateline at its start ("ABUJA, Nov
 * 1 (Reuters)", "Oct 6 (Reuters) -") and weekdays written with their day ("on Saturday 10 September"). A stated date
 * the text contradicts is doubted, not taken; a dateline that writes its year dates an undated article; every doubt
 * names its evidence. Only strong evidence counts: a dateline more than two days off, or two or more weekday dates
 * none of which falls on its weekday near the stated year.
 */
public final class OwnDateEvidence {

    /** The date to take (null when none can be), the dateline's place, and what the editor should know. */
    public record Weighed(LocalDate date, String place, List<String> warnings) {
    }

    private record Dateline(String words, String place, MonthDay day, Integer year) {
    }

    private record DatedWeekday(String words, DayOfWeek weekday, MonthDay day) {

        boolean fallsIn(int year) {
            return day.isValidYear(year) && day.atYear(year).getDayOfWeek() == weekday;
        }
    }

    private static final String MONTH = "(?i:" + Calendar.MONTH_PATTERN + ")";
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?:(\\p{Lu}[\\p{L} .'’-]{1,40}),\\s+)?" + MONTH
            + "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*\\(([^()\\n]{2,40})\\)");
    private static final String WEEKDAY = "(?i:(monday|tuesday|wednesday|thursday|friday|saturday|sunday))";
    private static final Pattern DAY_FIRST = Pattern.compile("\\b" + WEEKDAY + ",?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+"
            + MONTH + "(?!\\w)(?!,?\\s*\\d{4})");
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + WEEKDAY + ",?\\s+" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})");
    /** Characters of the body's start a dateline may take. */
    private static final int DATELINE_REACH = 200;
    /** Days a dateline may differ from the stated date: a story filed late at night, a time zone. */
    private static final int DATELINE_SLACK = 2;
    /** Weekday dates read at most: enough to judge a year, and the scan stays linear. */
    private static final int MOST_WEEKDAYS = 20;
    /** Weekday dates that must all miss the stated year before it is doubted: one may be a slip of the text. */
    private static final int LEAST_MISSES = 2;
    /** Years back searched for one in which every weekday date falls on its weekday. */
    private static final int YEARS_BACK = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private OwnDateEvidence() {
    }

    public static Weighed weigh(LocalDate stated, String body) {
        String text = body == null ? "" : body;
        Optional<Dateline> dateline = dateline(text);
        String place = dateline.map(Dateline::place).orElse(null);
        if (stated == null) {
            return undated(dateline, place, text);
        }
        List<String> doubts = new ArrayList<>();
        LocalDate replacement = null;
        if (dateline.isPresent()) {
            Dateline line = dateline.get();
            LocalDate near = line.year() != null ? atYear(line.day(), line.year()) : nearest(line.day(), stated);
            if (near == null || Math.abs(ChronoUnit.DAYS.between(near, stated)) > DATELINE_SLACK) {
                doubts.add("The page's date (" + DAY.format(stated) + ") does not fit the dateline “" + line.words()
                        + "”, which gives " + (line.year() != null && near != null ? DAY.format(near)
                        : MONTH_DAY.format(line.day())) + ".");
                replacement = line.year() != null ? near : null;
            }
        }
        weekdayDoubt(stated, weekdays(text)).ifPresent(doubts::add);
        if (doubts.isEmpty()) {
            return new Weighed(stated, place, DateConsistency.warnings(stated, text));
        }
        doubts.add(replacement != null ? "The dateline's date, " + DAY.format(replacement) + ", was taken instead."
                : "The page's date was not taken; enter the publication date.");
        if (replacement != null) {
            doubts.addAll(DateConsistency.warnings(replacement, text));
        }
        return new Weighed(replacement, place, List.copyOf(doubts));
    }

    private static Weighed undated(Optional<Dateline> dateline, String place, String text) {
        if (dateline.isEmpty()) {
            return new Weighed(null, null, List.of());
        }
        Dateline line = dateline.get();
        LocalDate date = line.year() == null ? null : atYear(line.day(), line.year());
        if (date == null) {
            return new Weighed(null, place, List.of("The dateline “" + line.words() + "” gives "
                    + MONTH_DAY.format(line.day()) + " without a year; enter the publication date."));
        }
        List<String> warnings = new ArrayList<>();
        warnings.add("Dated " + DAY.format(date) + " from the dateline “" + line.words() + "”.");
        warnings.addAll(DateConsistency.warnings(date, text));
        return new Weighed(date, place, List.copyOf(warnings));
    }

    private static Optional<String> weekdayDoubt(LocalDate stated, List<DatedWeekday> weekdays) {
        int year = stated.getYear();
        boolean allMiss = weekdays.size() >= LEAST_MISSES && weekdays.stream()
                .noneMatch(each -> each.fallsIn(year - 1) || each.fallsIn(year) || each.fallsIn(year + 1));
        if (!allMiss) {
            return Optional.empty();
        }
        Optional<Integer> fitting = java.util.stream.IntStream.rangeClosed(year - YEARS_BACK, year - 1).boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .filter(candidate -> weekdays.stream().allMatch(each -> each.fallsIn(candidate))).findFirst();
        String named = weekdays.stream().limit(2).map(each -> "“" + each.words() + "”")
                .reduce((a, b) -> a + " and " + b).orElse("");
        return Optional.of("The page's date (" + DAY.format(stated) + ") does not fit the text: " + named
                + " fall on those weekdays " + fitting.map(found -> "in " + found + ", ").orElse("")
                + "not around " + year + ".");
    }

    private static Optional<Dateline> dateline(String text) {
        Matcher matcher = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_REACH)));
        if (!matcher.find()) {
            return Optional.empty();
        }
        Optional<java.time.Month> month = Calendar.month(matcher.group(2).replace(".", ""));
        int day = Integer.parseInt(matcher.group(3));
        if (month.isEmpty() || day < 1 || day > month.get().maxLength()) {
            return Optional.empty();
        }
        Integer year = matcher.group(4) == null ? null : Integer.parseInt(matcher.group(4));
        String place = matcher.group(1) == null ? null : matcher.group(1).strip();
        return Optional.of(new Dateline(matcher.group().strip(), place, MonthDay.of(month.get(), day), year));
    }

    private static List<DatedWeekday> weekdays(String text) {
        List<DatedWeekday> found = new ArrayList<>();
        for (Pattern pattern : List.of(DAY_FIRST, MONTH_FIRST)) {
            Matcher matcher = pattern.matcher(text);
            while (found.size() < MOST_WEEKDAYS && matcher.find()) {
                boolean dayFirst = pattern == DAY_FIRST;
                String monthWord = matcher.group(dayFirst ? 3 : 2).replace(".", "");
                int day = Integer.parseInt(matcher.group(dayFirst ? 2 : 3));
                Optional<java.time.Month> month = Calendar.month(monthWord);
                if (month.isPresent() && day >= 1 && day <= month.get().maxLength()) {
                    found.add(new DatedWeekday(matcher.group().strip(),
                            DayOfWeek.valueOf(matcher.group(1).toUpperCase(Locale.ROOT)), MonthDay.of(month.get(), day)));
                }
            }
        }
        return found;
    }

    private static LocalDate atYear(MonthDay day, int year) {
        return day.isValidYear(year) ? day.atYear(year) : null;
    }

    private static LocalDate nearest(MonthDay day, LocalDate stated) {
        LocalDate best = null;
        for (int year = stated.getYear() - 1; year <= stated.getYear() + 1; year++) {
            LocalDate candidate = atYear(day, year);
            if (candidate != null && (best == null || Math.abs(ChronoUnit.DAYS.between(candidate, stated))
                    < Math.abs(ChronoUnit.DAYS.between(best, stated)))) {
                best = candidate;
            }
        }
        return best;
    }
}
