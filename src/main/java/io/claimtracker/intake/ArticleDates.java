package io.claimtracker.intake;

import io.claimtracker.common.text.Calendar;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date of a date line or byline: "Tuesday 20 February 2018", "Feb. 20, 2018", "2018-02-20", "20/02/2018". */
final class ArticleDates {

    private static final String MONTHS = Calendar.MONTH_PATTERN;
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS
            + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTHS
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

    private ArticleDates() {
    }

    /** The first date written in the text, read day-first where the form is ambiguous. */
    static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
        if (dayFirst.find()) {
            return date(dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1));
        }
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
        if (monthFirst.find()) {
            return date(monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2));
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find()) {
            return date(numeric.group(3), numeric.group(2), numeric.group(1));
        }
        return Optional.empty();
    }

    /** Whether a line is nothing but a date, perhaps with its weekday. */
    static boolean isDateLine(String line) {
        String rest = line.strip().replaceAll("(?i)^(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*", "");
        return find(rest).isPresent() && rest.replaceAll("[\\p{L}\\d.,/\\-\\s]", "").isEmpty()
                && rest.split("\\s+").length <= 5;
    }

    private static String month(String name) {
        return String.valueOf(Calendar.month(name).map(java.time.Month::getValue).orElse(0));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** An ISO date-time or date from HTML metadata, such as 2018-02-20T10:15:00Z. */
    static Optional<LocalDate> fromMetadata(String value) {
        if (value == null || value.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return find(value);
        }
    }

    static final DateTimeFormatter DISPLAY = new DateTimeFormatterBuilder().appendPattern("d MMMM yyyy")
            .toFormatter(Locale.ENGLISH);
}
