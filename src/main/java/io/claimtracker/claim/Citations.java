package io.claimtracker.claim;

import io.claimtracker.claim.ClaimDtos.ClaimView;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Formats a claim as a citation an editor can paste: who, in what role, said what, where and when, with a link. */
public final class Citations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Citations() {
    }

    /** The citation text and, when the article has a URL, the deep link to the passage. */
    public record Citation(String text, String link) {
    }

    public static Citation of(ClaimView claim, List<String> authors) {
        String link = claim.article().url() == null ? null : TextFragmentLink.of(claim.article().url(), claim.quote());
        StringBuilder text = new StringBuilder(claim.speaker().name());
        if (claim.speakerRole() != null) {
            text.append(", ").append(claim.speakerRole());
        }
        text.append(": “").append(claim.quote().exact()).append("” — ").append(claim.article().title())
                .append(", ").append(claim.article().outlet());
        if (!authors.isEmpty()) {
            text.append(", by ").append(String.join(", ", authors));
        }
        text.append(", ").append(claim.article().publishedAt() == null ? "date unknown"
                : DAY.format(claim.article().publishedAt())).append('.');
        if (link != null) {
            text.append(' ').append(link);
        } else {
            text.append(" No web address on record.");
        }
        return new Citation(text.toString(), link);
    }
}
