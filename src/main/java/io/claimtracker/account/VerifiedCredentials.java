package io.claimtracker.account;

import io.claimtracker.common.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * HTTP Basic credentials verified in the last {@code tracker.security.basic-cache} (1 min), kept as SHA-256 of
 * name and password only, so a script's repeated requests cost one bcrypt check per window instead of one each.
 * Any change to any account (password, role, access) empties it on this instance.
 */
@ApplicationScoped
public class VerifiedCredentials {

    /** Who signed in with the credentials. */
    record Verified(long accountId, String username, Role role) {
    }

    private final RecentlyVerified<Verified> verified = new RecentlyVerified<>();

    @Inject
    TrackerConfig config;

    Optional<Verified> find(String username, String password) {
        return verified.find(key(username, password));
    }

    void remember(String username, String password, Account account) {
        verified.remember(key(username, password), new Verified(account.id, account.username, account.role),
                config.security().basicCache());
    }

    /** Forgets every verified credential once a change to an account is committed (at once outside a transaction). */
    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) CredentialsChanged change) {
        verified.clear();
    }

    private static String key(String username, String password) {
        return Secrets.hash(LoginThrottle.fold(username) + '\0' + password);
    }
}
