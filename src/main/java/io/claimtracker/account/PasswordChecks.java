package io.claimtracker.account;

import io.claimtracker.common.BoundedSlots;
import io.claimtracker.common.TrackerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.BooleanSupplier;

/** Bounds how many bcrypt checks run at once, so a flood of sign-ins cannot occupy every worker thread. */
@ApplicationScoped
public class PasswordChecks {

    @Inject
    TrackerConfig config;

    private BoundedSlots slots;

    @PostConstruct
    void init() {
        slots = new BoundedSlots(config.security().concurrentPasswordChecks(), config.security().passwordCheckWait(),
                SignInBusyException::new);
    }

    /** Runs the check once a slot is free, or throws {@link SignInBusyException} after the configured wait. */
    public boolean run(BooleanSupplier check) {
        return slots.run(check::getAsBoolean);
    }
}
