package io.claimtracker.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV, with cells that a spreadsheet would run as a formula made inert by a leading apostrophe. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private Csv() {
    }

    static String row(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
