package io.claimtracker.account;

import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;

/**
 * Issues and revokes the one feed token each person may hold: a new one replaces the old, revoking is one click,
 * and a token is good only for reading the Atom feeds, never for signing in or the API.
 */
@ApplicationScoped
public class FeedTokens {

    static final String PREFIX = "cf_";

    @Inject
    AuditLog audit;

    @Transactional
    public String issue(long accountId) {
        revokeActive(accountId);
        String secret = PREFIX + Secrets.random();
        FeedToken token = new FeedToken();
        token.account = Account.findById(accountId);
        token.tokenHash = Secrets.hash(secret);
        token.persistAndFlush();
        audit.record(AuditedEntity.USER, accountId, "feed address created", null, Map.of("feedToken", token.id));
        return secret;
    }

    @Transactional
    public boolean revoke(long accountId) {
        return revokeActive(accountId);
    }

    @Transactional
    public boolean active(long accountId) {
        return FeedToken.count("account.id = ?1 and revokedAt is null", accountId) > 0;
    }

    /** The account whose live feed token this is, if any; a disabled account's feeds close with it. */
    @Transactional
    public Optional<Long> owner(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return FeedToken.<FeedToken>find("tokenHash", Secrets.hash(secret)).firstResultOptional()
                .filter(token -> token.revokedAt == null && token.account.enabled).map(token -> token.account.id);
    }

    private boolean revokeActive(long accountId) {
        boolean revoked = false;
        for (FeedToken token : FeedToken.<FeedToken>list("account.id = ?1 and revokedAt is null", accountId)) {
            token.revokedAt = Timestamps.now();
            audit.record(AuditedEntity.USER, accountId, "feed address revoked", Map.of("feedToken", token.id), null);
            revoked = true;
        }
        return revoked;
    }
}
