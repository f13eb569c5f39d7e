package io.claimtracker.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time stamped on records, in whole seconds: Connector/J drops fractions of a second on MariaDB 10.x
 * (which announces itself as a 5.5.5 server), so storing seconds keeps what the API returns on creation
 * equal to what it returns later, whichever server is used.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A timestamp column read by a native query, as an instant (zone-less values are UTC); null stays null. */
    public static Instant instantOf(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return value instanceof Instant instant ? instant : null;
    }
}
