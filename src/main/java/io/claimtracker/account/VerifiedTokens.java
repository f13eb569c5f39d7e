package io.claimtracker.account;

import io.claimtracker.account.TokenService.TokenOwner;
import io.claimtracker.common.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * API tokens looked up in the last {@code tracker.security.token-cache} (30 s), kept by their hash, so a script's
 * requests cost no database round trip within the window. Revoking a token or changing any account empties it on
 * this instance; other instances notice within the window.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final RecentlyVerified<TokenOwner> verified = new RecentlyVerified<>();

    @Inject
    TrackerConfig config;

    Optional<TokenOwner> find(String tokenHash) {
        return verified.find(tokenHash);
    }

    void remember(String tokenHash, TokenOwner owner) {
        verified.remember(tokenHash, owner, config.security().tokenCache());
    }

    /** Forgets every token looked up once a revocation or account change is committed (at once outside one). */
    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) CredentialsChanged change) {
        verified.clear();
    }
}
