package io.claimtracker.common.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How dates, names and counts read on pages, called as {@code fmt:date(...)} and so on. */
@TemplateExtension(namespace = "fmt")
public final class DisplayExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH);

    private DisplayExtensions() {
    }

    /** "19 Sep 2016", or "date unknown". */
    /** The first words of a statement, to name a claim in a list: up to about 60 characters, cut at a word. */
    static String brief(String text) {
        if (text == null || text.length() <= 60) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 60);
        return text.substring(0, cut > 30 ? cut : 60) + "…";
    }

    static String date(LocalDate date) {
        return date == null ? "date unknown" : DAY.format(date);
    }

    /** "Jane Doe and John Roe", or "" when no author is known. */
    static String names(List<String> names) {
        if (names == null || names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A score in [0, 1] with two decimals, "0.78". */
    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** A share from 0 to 1 as a whole percentage. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A recorded value as a reader sees it: text as is, lists joined, nothing as "(none)". */
    static String value(JsonNode value) {
        if (value == null || value.isNull()) {
            return "(none)";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return items.isEmpty() ? "(none)" : String.join(", ", items);
        }
        return value.asText();
    }

    /** "19 Sep 2016 14:05 UTC" for a moment. */
    static String moment(Instant at) {
        return at == null ? "time unknown" : MOMENT.format(at.atOffset(ZoneOffset.UTC));
    }

    /** "1 claim", "3 claims". */
    static String count(Number count, String noun) {
        long value = count == null ? 0 : count.longValue();
        return value + " " + (value == 1 ? noun : noun + "s");
    }

    /** Milliseconds before a page looks again for a check still running, after the given number of looks. */
    static long pollAfter(int polls) {
        return PollSchedule.after(polls);
    }

    /** "45 s", "3 min 20 s", "2 h 5 min" for a span given in seconds. */
    static String span(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        return seconds / 3600 + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + " min");
    }
}
