package io.claimtracker.conflict.detect;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the model a statement with "yesterday", "today", "tonight" and "tomorrow" replaced by the weekday they
 * mean on the statement's reference date, so that two claims dating one day in different words read alike to it.
 */
final class DayNames {

    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(yesterday|today|tonight|tomorrow)\\b",
            Pattern.CASE_INSENSITIVE);

    private DayNames() {
    }

    static String forModel(Statement statement) {
        LocalDate reference = statement.referenceDate();
        String text = statement.text();
        if (reference == null) {
            return text;
        }
        Matcher matcher = RELATIVE_DAY.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (matcher.find()) {
            String word = matcher.group(1).toLowerCase(Locale.ROOT);
            LocalDate day = switch (word) {
                case "yesterday" -> reference.minusDays(1);
                case "tomorrow" -> reference.plusDays(1);
                default -> reference;
            };
            String name = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            matcher.appendReplacement(out, Matcher.quoteReplacement(word.equals("tonight") ? name + " night" : name));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
