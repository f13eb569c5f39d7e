package io.claimtracker.speaker;

import io.claimtracker.common.text.NameKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A role a speaker held, with the optional first and last day of holding it ("US Secretary of State, 2013–2017"). */
@Embeddable
public class SpeakerRole {

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "held_from")
    public LocalDate heldFrom;

    @Column(name = "held_to")
    public LocalDate heldTo;

    protected SpeakerRole() {
    }

    public SpeakerRole(String title, LocalDate heldFrom, LocalDate heldTo) {
        this.title = title;
        this.heldFrom = heldFrom;
        this.heldTo = heldTo;
    }

    /** Whether the speaker held this role on that day (an open end holds on). */
    public boolean covers(LocalDate day) {
        return (heldFrom == null || !day.isBefore(heldFrom)) && (heldTo == null || !day.isAfter(heldTo));
    }

    /** Whether a role as written elsewhere ("us secretary of state") names this one. */
    public boolean names(String written) {
        String key = NameKey.of(written == null ? "" : written);
        String own = NameKey.of(title);
        return !key.isEmpty() && (key.equals(own) || own.endsWith(" " + key) || key.endsWith(" " + own));
    }

    /** "US Secretary of State (2013-02-01 to 2017-01-20)", as histories show it. */
    public String describe() {
        if (!dated()) {
            return title;
        }
        return title + " (" + (heldFrom == null ? "…" : heldFrom) + " to " + (heldTo == null ? "…" : heldTo) + ")";
    }

    public boolean dated() {
        return heldFrom != null || heldTo != null;
    }
}
