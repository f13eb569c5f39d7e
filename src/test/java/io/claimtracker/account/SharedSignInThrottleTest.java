package io.claimtracker.account;

import io.claimtracker.common.TrackerConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves sign-in failures are counted across instances through the database: failures made through this instance
 * block the same account and address on a second throttle sharing only the database (as another instance does), and
 * a success through that second one clears them for both.
 */
@QuarkusTest
class SharedSignInThrottleTest {

    @Inject
    LoginThrottle here;

    @Inject
    SharedSignInFailures database;

    @Inject
    TrackerConfig config;

    private LoginThrottle anotherInstance() {
        LoginThrottle other = new LoginThrottle();
        other.config = config;
        other.shared = database;
        return other;
    }

    private static String address() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + "." + ThreadLocalRandom.current().nextInt(1000);
    }

    @Test
    void failuresThroughOneInstanceBlockTheAccountOnAnother() {
        String name = unique("shared victim");
        String address = address();
        LoginThrottle other = anotherInstance();
        int limit = config.security().loginFailures();
        for (int i = 0; i < limit; i++) {
            assertThat(here.reserve(name, address)).isZero();
            here.failed(name, address);
        }

        Duration wait = other.reserve(name, address);
        assertThat(wait).isPositive().isNotEqualTo(LoginThrottle.BUSY)
                .isLessThanOrEqualTo(config.security().loginWindow().plusSeconds(1));
        String elsewhere = address();
        assertThat(other.reserve(name, elsewhere)).isZero();
        other.release(name, elsewhere);
    }

    @Test
    void aSuccessOnAnotherInstanceClearsTheFailuresThisOneSaw() {
        String name = unique("shared clear");
        String address = address();
        LoginThrottle other = anotherInstance();
        int limit = config.security().loginFailures();
        for (int i = 0; i < limit - 1; i++) {
            assertThat(here.reserve(name, address)).isZero();
            here.failed(name, address);
        }
        assertThat(other.reserve(name, address)).isZero();
        other.succeeded(name, address);

        assertThat(here.reserve(name, address)).isZero();
        here.failed(name, address);
        assertThat(here.reserve(name, address)).as("one failure since the success, not %d", limit).isZero();
        here.release(name, address);
    }
}
