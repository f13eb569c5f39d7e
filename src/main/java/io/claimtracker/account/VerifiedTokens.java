package io.claimtracker.account;

import io.claimtracker.account.TokenService.TokenOwner;
import io.claimtracker.common.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API tokens looked up in the last {@code tracker.security.token-cache} (30 s), kept by their hash, so a script's
 * requests cost no database round trip within the window. Revoking a token or changing any account empties it on
 * this instance; other instances notice within the window.
 */
@ApplicationScoped
public class VerifiedTokens {

    private static final int MAX_ENTRIES = 10_000;

    /** Whose token it is, and until when that is trusted. */
    private record Verified(TokenOwner owner, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    TrackerConfig config;

    Optional<TokenOwner> find(String tokenHash) {
        Verified found = verified.get(tokenHash);
        if (found == null || found.until().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(found.owner());
    }

    void remember(String tokenHash, TokenOwner owner) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(tokenHash, new Verified(owner, Instant.now().plus(config.security().tokenCache())));
    }

    /** Forgets every token looked up, after a token was revoked or an account changed. */
    /** Empties the cache once the change is committed (or at once outside a transaction). */
    void onChange(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_COMPLETION)
                  CredentialsChanged change) {
        forgetAll();
    }

    public void forgetAll() {
        verified.clear();
    }
}
