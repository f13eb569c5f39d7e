package io.claimtracker.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proves password checks beyond the configured number wait briefly and are then refused instead of piling up. */
class PasswordChecksTest {

    @Test
    void aCheckBeyondTheBoundIsRefusedAfterTheWaitAndRunsOnceASlotFrees() throws Exception {
        PasswordChecks checks = new PasswordChecks();
        checks.config = TestConfig.security(1, Duration.ofMillis(100));
        checks.init();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        var slow = pool.submit(() -> checks.run(() -> {
            running.countDown();
            try {
                return release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> checks.run(() -> true)).isInstanceOf(SignInBusyException.class);
        release.countDown();
        assertThat(slow.get()).isTrue();
        assertThat(checks.run(() -> true)).isTrue();
        pool.shutdown();
    }
}
