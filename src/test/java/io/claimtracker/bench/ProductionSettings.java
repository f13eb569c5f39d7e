package io.claimtracker.bench;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * The service's own defaults where the test profile departs from them in what benchmarks measure: the claim
 * answer's short wait for its check and the production bcrypt cost; {@code -Dbench.checks=N} sets the check threads.
 */
public class ProductionSettings implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> settings = new HashMap<>(Map.of("tracker.detection.answer-wait", "PT0.05S",
                "tracker.security.bcrypt-cost", "12"));
        if (System.getProperty("bench.checks") != null) {
            settings.put("tracker.detection.concurrent-checks", System.getProperty("bench.checks"));
        }
        return settings;
    }
}
