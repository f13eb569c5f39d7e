package io.claimtracker.conflict.detect;

import io.claimtracker.common.Stance;
import java.time.LocalDate;

/**
 * What the detector compares: a claim's statement, the date relative expressions are resolved against (the
 * article's publication date, or the date said), who said it, and an optional stance on a topic proposition.
 */
public record Statement(String text, LocalDate referenceDate, String speakerKey, String proposition, Stance stance) {

    public static Statement of(String text) {
        return new Statement(text, null, null, null, null);
    }

    public static Statement of(String text, LocalDate referenceDate) {
        return new Statement(text, referenceDate, null, null, null);
    }
}
