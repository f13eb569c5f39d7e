package io.claimtracker.common.text;

import java.text.Normalizer;

/** Normalisation applied to every text the service stores, so that equal-looking text compares equal. */
public final class Texts {

    private Texts() {
    }

    /** NFC-normalised and stripped, or null when nothing is left. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** NFC-normalised with line endings unified to \n; leading and trailing space kept out. */
    public static String body(String text) {
        return Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
    }

    /** NFC-normalised context text with its white space kept, or null when empty. */
    public static String context(String text) {
        return text == null || text.isEmpty() ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Length in Unicode code points, the unit of every offset the service reports. */
    public static int codePointLength(String text) {
        return text.codePointCount(0, text.length());
    }
}
