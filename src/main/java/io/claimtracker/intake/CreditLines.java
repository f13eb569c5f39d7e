package io.claimtracker.intake;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which outlet a saved article comes from when its text says so: a copyright line ("© 2016 Harbour Gazette"),
 * a news agency's dateline tag in the opening lines ("(Reuters) -"), or a "Source:" line. Only lines of at most 200
 * characters are read, each once, so the work is linear in the text.
 */
final class CreditLines {

    private static final int LONGEST_LINE = 200;
    private static final int OPENING_LINES = 30;
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(.+?)[\\s.,;]*(?:all rights reserved\\.?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("^source:\\s*(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    /** An agency's dateline tag, "(Reuters) -": the dash tells it from a photo credit ending a caption "(AP)". */
    private static final Pattern AGENCY = Pattern.compile("\\((Reuters|AP|AFP|TASS|Sputnik|Bloomberg|dpa|Xinhua|"
            + "Anadolu|UPI|PA)\\)\\s*[-–—]");
    private static final Map<String, String> AGENCY_NAMES = Map.of("AP", "Associated Press", "PA", "PA Media",
            "dpa", "dpa", "UPI", "UPI");

    private CreditLines() {
    }

    static Optional<String> outletOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String agency = null;
        int lineNumber = 0;
        for (String raw : text.split("\\R")) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.length() > LONGEST_LINE) {
                if (agency == null && lineNumber <= OPENING_LINES) {
                    agency = agencyIn(raw.length() > LONGEST_LINE ? raw.substring(0, LONGEST_LINE) : raw);
                }
                continue;
            }
            Matcher copyright = COPYRIGHT.matcher(line);
            if (copyright.matches() && usable(copyright.group(1))) {
                return Optional.of(copyright.group(1).strip());
            }
            Matcher source = SOURCE.matcher(line);
            if (source.matches() && usable(source.group(1))) {
                return Optional.of(source.group(1).strip());
            }
            if (agency == null && lineNumber <= OPENING_LINES) {
                agency = agencyIn(line);
            }
        }
        return Optional.ofNullable(agency);
    }

    private static String agencyIn(String line) {
        Matcher tag = AGENCY.matcher(line);
        return tag.find() ? AGENCY_NAMES.getOrDefault(tag.group(1), tag.group(1)) : null;
    }

    private static boolean usable(String name) {
        String stripped = name == null ? "" : name.strip();
        return stripped.length() >= 2 && stripped.length() <= 200 && stripped.chars().anyMatch(Character::isLetter);
    }
}
