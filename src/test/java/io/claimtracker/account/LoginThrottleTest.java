package io.claimtracker.account;

import io.claimtracker.common.TrackerConfig;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves the login throttle counts failures per account and address and per address, and forgets them in time. */
class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

    private static LoginThrottle throttle(int perAccount, int perAddress, Clock clock) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.config = new TrackerConfig() {
            @Override
            public Limits limits() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Intake intake() {
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
                };
            }
        };
        throttle.clock = clock;
        return throttle;
    }

    @Test
    void fifthFailureForOneAccountAndAddressBlocksOnlyThatPairUntilTheWindowPasses() {
        MutableClock clock = new MutableClock(START);
        LoginThrottle throttle = throttle(5, 100, clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("Mira", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("mira", "10.0.0.1")).isZero();
        throttle.failed("mira", "10.0.0.1");

        assertThat(throttle.waitBefore("MIRA", "10.0.0.1")).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.waitBefore("mira", "10.0.0.2")).isZero();
        assertThat(throttle.waitBefore("otto", "10.0.0.1")).isZero();
        clock.now = START.plus(Duration.ofMinutes(16));
        assertThat(throttle.waitBefore("mira", "10.0.0.1")).isZero();
    }

    @Test
    void manyFailuresFromOneAddressBlockEveryAccountFromThere() {
        MutableClock clock = new MutableClock(START);
        LoginThrottle throttle = throttle(5, 6, clock);
        for (int i = 0; i < 6; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.waitBefore("someone-else", "10.0.0.9")).isPositive();
        assertThat(throttle.waitBefore("someone-else", "10.0.0.8")).isZero();
    }

    @Test
    void successClearsTheAccountsCount() {
        LoginThrottle throttle = throttle(2, 100, new MutableClock(START));
        throttle.failed("ada", "10.0.0.3");
        throttle.succeeded("ada", "10.0.0.3");
        throttle.failed("ada", "10.0.0.3");
        assertThat(throttle.waitBefore("ada", "10.0.0.3")).isZero();
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
