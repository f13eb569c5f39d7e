package io.claimtracker.conflict.detect;

import io.claimtracker.common.Stance;
import java.time.LocalDate;

/**
 * What the detector compares: a claim's statement, the date relative expressions are resolved against (the
 * article's publication date, or the date said), who said it, an optional stance on a topic proposition, and the
 * source it was said in (claims of one article were said at one moment, dated or not).
 */
public record Statement(String text, LocalDate referenceDate, String speakerKey, String proposition, Stance stance,
                        String source) {

    public Statement(String text, LocalDate referenceDate, String speakerKey, String proposition, Stance stance) {
        this(text, referenceDate, speakerKey, proposition, stance, null);
    }

    /** Whether both statements come from one source, and so were said at one moment. */
    public boolean sameSourceAs(Statement other) {
        return source != null && source.equals(other.source);
    }

    public static Statement of(String text) {
        return new Statement(text, null, null, null, null);
    }

    public static Statement of(String text, LocalDate referenceDate) {
        return new Statement(text, referenceDate, null, null, null);
    }
}
