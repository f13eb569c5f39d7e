package io.claimtracker.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Claim Tracker's own settings, under the {@code tracker.} prefix. */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    /** Size limits that keep one request from exhausting the service. */
    Limits limits();

    /** Size limits: text lengths in Unicode code points, request sizes in bytes. */
    interface Limits {

        /** Longest article body accepted; longer ones get 413. */
        @WithDefault("500000")
        int articleBody();

        /** Largest request body accepted, in bytes; larger ones get 413 before they are read. */
        @WithDefault("8388608")
        long requestBytes();

        /** Longest quote accepted. */
        @WithDefault("5000")
        int quote();
    }
}
