package io.claimtracker.exchange;

import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV written with Apache Commons CSV, with cells that a spreadsheet would run as a formula made inert by
 * a leading apostrophe (plain numbers, negative ones included, are left alone).
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    /** Spreadsheet programs read a CSV as UTF-8 only when it starts with this mark; others ignore it. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    /** A download's name: what it holds, which records, and today's date ("claims-topic-aleppo-talks-2026-11-28.csv"). */
    public static String fileName(String holds, String about) {
        String folded = java.text.Normalizer.normalize(about, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String slug = folded.length() > 60 ? folded.substring(0, 60).replaceAll("-$", "") : folded;
        return holds + "-" + (slug.isEmpty() ? "records" : slug) + "-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + ".csv";
    }
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    static String row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        try {
            FORMAT.printRecord(line, cells.stream().map(Csv::inert).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toString();
    }

    private static String inert(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }
}
