package io.claimtracker.common.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How long an instance holds a background job it runs before another may take it over: the lease is renewed with
 * every recorded batch, so it only runs out when the instance has died or stalled.
 */
@ConfigMapping(prefix = "tracker.jobs")
public interface JobLeases {

    /** How long a lease lasts unrenewed; 2 minutes by default. */
    @WithDefault("PT2M")
    Duration lease();
}
