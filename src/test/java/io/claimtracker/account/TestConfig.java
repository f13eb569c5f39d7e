package io.claimtracker.account;

import io.claimtracker.common.TrackerConfig;

import java.time.Duration;
import java.util.Optional;

/** Security settings for plain-Java tests of the account classes; other sections are not needed there. */
final class TestConfig {

    private TestConfig() {
    }

    static TrackerConfig security(int perAccount, int perAddress) {
        return of(perAccount, perAddress, 4, Duration.ofSeconds(2));
    }

    static TrackerConfig security(int concurrentChecks, Duration checkWait) {
        return of(5, 30, concurrentChecks, checkWait);
    }

    private static TrackerConfig of(int perAccount, int perAddress, int concurrentChecks, Duration checkWait) {
        return new TrackerConfig() {
            @Override
            public Limits limits() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Intake intake() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Idempotency idempotency() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Detection detection() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<String> adminPassword() {
                return Optional.empty();
            }

            @Override
            public Security security() {
                return new Security() {
                    public int bcryptCost() { return 4; }
                    public Duration sessionIdle() { return Duration.ofHours(8); }
                    public int loginFailures() { return perAccount; }
                    public int addressFailures() { return perAddress; }
                    public Duration loginWindow() { return Duration.ofMinutes(15); }
                    public int minPasswordLength() { return 12; }
                    public int concurrentPasswordChecks() { return concurrentChecks; }
                    public Duration passwordCheckWait() { return checkWait; }
                    public Duration basicCache() { return Duration.ofMinutes(1); }
                    public Duration tokenCache() { return Duration.ofSeconds(30); }
                };
            }
        };
    }
}
