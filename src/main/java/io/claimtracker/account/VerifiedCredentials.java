package io.claimtracker.account;

import io.claimtracker.common.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic credentials verified in the last {@code tracker.security.basic-cache} (1 min), kept as SHA-256 of
 * name and password only, so a script's repeated requests cost one bcrypt check per window instead of one each.
 * Any change to any account (password, role, access) empties it on this instance.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    /** Who signed in with the credentials, and until when that is trusted. */
    record Verified(long accountId, String username, Role role, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    TrackerConfig config;

    Optional<Verified> find(String username, String password) {
        Verified found = verified.get(key(username, password));
        if (found == null || found.until().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    void remember(String username, String password, Account account) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(key(username, password), new Verified(account.id, account.username, account.role,
                Instant.now().plus(config.security().basicCache())));
    }

    /** Forgets every verified credential, after an account changed. */
    /** Empties the cache once the change is committed (or at once outside a transaction). */
    void onChange(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_COMPLETION)
                  CredentialsChanged change) {
        forgetAll();
    }

    public void forgetAll() {
        verified.clear();
    }

    private static String key(String username, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(LoginThrottle.fold(username).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
