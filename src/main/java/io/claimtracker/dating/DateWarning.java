package io.claimtracker.dating;

import java.time.LocalDate;
import java.util.List;

/**
 * Why an article's stated date may be wrong: what kind of evidence, a sentence an editor can act on, where the
 * evidence comes from, and the article dates that would fit it ({@code suggestedFrom} to {@code suggestedTo}).
 */
public record DateWarning(Kind kind, String message, List<Evidence> evidence, LocalDate suggestedFrom,
                          LocalDate suggestedTo) {

    /** Where the evidence comes from. */
    public enum Kind {
        /** A relative date puts an event on a day another article gives otherwise. */
        EVENT_DATE,
        /** Told as still to come what another article reports done long before, or the other way round. */
        STAGE,
        /** A speaker is given a role outside the period the speaker record holds for it. */
        ROLE,
        /** The article's own text: years after its date, or "last week" beside a year long past. */
        OWN_TEXT
    }

    /** The words relied on, in this article or another one (with that article's date and whether it is confirmed). */
    public record Evidence(Long articleId, String title, LocalDate date, boolean confirmed, String words) {
    }

    /** A date precise enough to apply in one click: the range spans at most a month. */
    public boolean applicable() {
        return suggestedFrom != null && suggestedTo != null
                && !suggestedTo.isAfter(suggestedFrom.plusDays(31));
    }
}
