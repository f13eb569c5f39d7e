package io.claimtracker.common.web;

import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How dates, names and counts read on pages, called as {@code fmt:date(...)} and so on. */
@TemplateExtension(namespace = "fmt")
public final class DisplayExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DisplayExtensions() {
    }

    /** "19 Sep 2016", or "date unknown". */
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

    /** Words for a claim's conflict state, so colour is never the only signal. */
    static String stateLabel(String state) {
        return switch (state) {
            case "open" -> "open conflict";
            case "confirmed" -> "confirmed conflict";
            case "settled" -> "conflict settled";
            default -> "no conflict";
        };
    }

    /** "1 claim", "3 claims". */
    static String count(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
