package io.claimtracker.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * What extraction found in a text or HTML article, for the editor to confirm or correct before saving: headline,
 * authors, date, dateline place, outlet, address, body, the photo captions it removed, and warnings.
 */
public record Extracted(String title, List<String> authors, LocalDate publishedAt, String dateline, String outlet,
                        String url, String body, List<String> captions, List<String> warnings) {

    public Extracted withUrl(String address) {
        return new Extracted(title, authors, publishedAt, dateline, outlet, address, body, captions, warnings);
    }
}
