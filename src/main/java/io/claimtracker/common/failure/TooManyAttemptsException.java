package io.claimtracker.common.failure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Too many attempts in a short time (wrong passwords); the caller must wait before trying again. */
public class TooManyAttemptsException extends DomainException {

    private final Duration wait;

    public TooManyAttemptsException(String title, String detail, Duration wait) {
        super(title, detail, null, List.of(), Map.of());
        this.wait = wait;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(wait);
    }
}
