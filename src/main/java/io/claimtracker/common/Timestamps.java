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
}
