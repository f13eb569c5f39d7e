package io.claimtracker.dating;

import io.claimtracker.common.text.Sentence;
import io.claimtracker.common.text.Sentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns when an article's stated date does not fit its own text: it mentions years after its date, or describes
 * events as recent ("last month", "this year", "on Friday") in the same sentence as a year two or more years
 * before its date — the mark of a page stamped with the day it was copied rather than published.
 */
public final class DateConsistency {

    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern RECENT = Pattern.compile("(?i)\\b(last (week|month|year)|this (week|month|year)|"
            + "yesterday|earlier this (week|month|year)|(on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");

    static final java.time.format.DateTimeFormatter DISPLAY = java.time.format.DateTimeFormatter.ofPattern(
            "d MMMM yyyy", java.util.Locale.ENGLISH);

    private DateConsistency() {
    }

    public static List<String> warnings(LocalDate stated, String body) {
        if (stated == null || body == null) {
            return List.of();
        }
        Set<String> warnings = new LinkedHashSet<>();
        for (Sentence each : Sentences.of(body)) {
            String sentence = each.text();
            Matcher years = YEAR.matcher(sentence);
            while (years.find()) {
                int year = Integer.parseInt(years.group(1));
                if (year > stated.getYear()) {
                    warnings.add("The text mentions " + year + ", after the article's date ("
                            + DISPLAY.format(stated) + "). Check the date.");
                }
                Matcher recent = RECENT.matcher(sentence);
                if (year <= stated.getYear() - 2 && recent.find()) {
                    warnings.add("The text says \"" + recent.group() + "\" next to " + year + ", "
                            + (stated.getYear() - year) + " years before the article's date ("
                            + DISPLAY.format(stated) + "); the date may be when the page was copied, "
                            + "not published.");
                }
            }
        }
        return new ArrayList<>(warnings);
    }
}
