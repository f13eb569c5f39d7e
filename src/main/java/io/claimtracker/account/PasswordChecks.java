package io.claimtracker.account;

import io.claimtracker.common.TrackerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Bounds how many bcrypt checks run at once, so a flood of sign-ins cannot occupy every worker thread. */
@ApplicationScoped
public class PasswordChecks {

    @Inject
    TrackerConfig config;

    private Semaphore permits;

    @PostConstruct
    void init() {
        permits = new Semaphore(config.security().concurrentPasswordChecks(), true);
    }

    /** Runs the check once a slot is free, or throws {@link SignInBusyException} after the configured wait. */
    public boolean run(BooleanSupplier check) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(config.security().passwordCheckWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInBusyException();
        }
        if (!acquired) {
            throw new SignInBusyException();
        }
        try {
            return check.getAsBoolean();
        } finally {
            permits.release();
        }
    }
}
