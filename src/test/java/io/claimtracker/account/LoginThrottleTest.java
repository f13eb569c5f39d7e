package io.claimtracker.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the login throttle counts failures and running checks per account and address and per address, holds
 * its limit under concurrency while letting simultaneous correct sign-ins through, folds names as the database
 * does, and forgets failures in time.
 */
class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

    private static LoginThrottle throttle(int perAccount, int perAddress, Clock clock) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.config = TestConfig.security(perAccount, perAddress);
        throttle.clock = clock;
        return throttle;
    }

    @Test
    void fifthFailureForOneAccountAndAddressBlocksOnlyThatPairUntilTheWindowPasses() {
        MutableClock clock = new MutableClock(START);
        LoginThrottle throttle = throttle(5, 100, clock);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.reserve(i % 2 == 0 ? "Mira" : "mira", "10.0.0.1")).isZero();
            throttle.failed("mira", "10.0.0.1");
        }

        assertThat(throttle.reserve("MIRA", "10.0.0.1")).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.reserve("mira", "10.0.0.2")).isZero();
        assertThat(throttle.reserve("otto", "10.0.0.1")).isZero();
        clock.now = START.plus(Duration.ofMinutes(16));
        assertThat(throttle.reserve("mira", "10.0.0.1")).isZero();
    }

    @Test
    void manyFailuresFromOneAddressBlockEveryAccountFromThere() {
        MutableClock clock = new MutableClock(START);
        LoginThrottle throttle = throttle(5, 6, clock);
        for (int i = 0; i < 6; i++) {
            throttle.reserve("user" + i, "10.0.0.9");
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.reserve("someone-else", "10.0.0.9")).isPositive();
        assertThat(throttle.reserve("someone-else", "10.0.0.8")).isZero();
    }

    @Test
    void successClearsTheAccountsFailuresAndAnUncheckedAttemptIsGivenBack() {
        LoginThrottle throttle = throttle(2, 100, new MutableClock(START));
        throttle.reserve("ada", "10.0.0.3");
        throttle.failed("ada", "10.0.0.3");
        throttle.reserve("ada", "10.0.0.3");
        throttle.succeeded("ada", "10.0.0.3");
        throttle.reserve("ada", "10.0.0.3");
        throttle.release("ada", "10.0.0.3");
        throttle.reserve("ada", "10.0.0.3");
        throttle.failed("ada", "10.0.0.3");
        assertThat(throttle.reserve("ada", "10.0.0.3")).isZero();
        throttle.failed("ada", "10.0.0.3");
        assertThat(throttle.reserve("ada", "10.0.0.3")).isPositive();
    }

    @Test
    void accentedAndFullWidthSpellingsOfANameShareItsCount() {
        LoginThrottle throttle = throttle(2, 100, new MutableClock(START));
        for (String spelling : new String[] {"victim", "Victim"}) {
            throttle.reserve(spelling, "10.0.0.4");
            throttle.failed(spelling, "10.0.0.4");
        }
        assertThat(throttle.reserve("vict\u00edm", "10.0.0.4")).isPositive();
        assertThat(throttle.reserve("\uff56ictim", "10.0.0.4")).isPositive();
        assertThat(throttle.reserve(" VICTIM ", "10.0.0.4")).isPositive();
    }

    @Test
    void invisibleControlAndSpaceCharactersInANameShareItsCount() {
        LoginThrottle throttle = throttle(2, 100, new MutableClock(START));
        for (String spelling : new String[] {"victim\u200b", "vic\u2060tim"}) {
            throttle.reserve(spelling, "10.0.0.5");
            throttle.failed(spelling, "10.0.0.5");
        }
        assertThat(throttle.reserve("\ufeffvictim", "10.0.0.5")).isPositive();
        assertThat(throttle.reserve("victim\u00a0", "10.0.0.5")).isPositive();
        assertThat(throttle.reserve("vi\u0007ctim", "10.0.0.5")).isPositive();
        assertThat(Usernames.canonical("ad\u200bmin\u00a0")).isEqualTo("admin");
        assertThat(Usernames.canonical("\uff41dmin")).isEqualTo("admin");
    }

    @Test
    void simultaneousWrongGuessesAreCheckedAtMostUpToTheLimitAndRightOnesAllGetThrough() throws Exception {
        LoginThrottle throttle = throttle(5, 1000, new MutableClock(START));
        assertThat(simultaneous(throttle, "mira", false)).isEqualTo(5);
        assertThat(simultaneous(throttle, "otto", true)).isEqualTo(64);
    }

    /** 64 threads sign in at once; each check takes a few milliseconds; returns how many were checked. */
    private static int simultaneous(LoginThrottle throttle, String name, boolean right) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        var start = new java.util.concurrent.CountDownLatch(1);
        var checked = new java.util.concurrent.atomic.AtomicInteger();
        var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 64; i++) {
            done.add(pool.submit(() -> {
                start.await();
                if (throttle.reserve(name, "10.0.0.5").isZero()) {
                    checked.incrementAndGet();
                    Thread.sleep(3);
                    if (right) {
                        throttle.succeeded(name, "10.0.0.5");
                    } else {
                        throttle.failed(name, "10.0.0.5");
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (var future : done) {
            future.get();
        }
        pool.shutdown();
        return checked.get();
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
