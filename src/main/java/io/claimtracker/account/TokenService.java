package io.claimtracker.account;

import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.account.AccountDtos.CreatedToken;
import io.claimtracker.account.AccountDtos.TokenView;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Personal API tokens: created and revoked by their owner, stored only as hashes. */
@ApplicationScoped
public class TokenService {

    static final String PREFIX = "ct_";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Inject
    AuditLog audit;

    @Inject
    VerifiedTokens verified;

    @Inject
    jakarta.enterprise.event.Event<CredentialsChanged> credentialsChanged;

    /** The account a token belongs to, as authentication needs it. */
    public record TokenOwner(long accountId, String username, Role role) {
    }

    @Transactional
    public CreatedToken create(long accountId, String name) {
        String secret = PREFIX + Secrets.random();
        ApiToken token = new ApiToken();
        token.account = Account.findById(accountId);
        token.name = name.strip();
        token.tokenHash = Secrets.hash(secret);
        token.tokenPrefix = secret.substring(0, 8);
        token.persistAndFlush();
        audit.record(AuditedEntity.USER, accountId, "token created", null,
                Map.of("token", token.id, "name", token.name, "prefix", token.tokenPrefix));
        return new CreatedToken(TokenView.of(token), secret);
    }

    @Transactional
    public List<TokenView> list(long accountId) {
        return ApiToken.<ApiToken>find("account.id = ?1 order by id desc", accountId).list().stream()
                .map(TokenView::of).toList();
    }

    @Transactional
    public TokenView revoke(long accountId, long tokenId) {
        ApiToken token = ApiToken.<ApiToken>find("id = ?1 and account.id = ?2", tokenId, accountId)
                .firstResultOptional().orElseThrow(() -> new RecordNotFoundException("token", tokenId));
        if (token.revokedAt == null) {
            token.revokedAt = Timestamps.now();
            credentialsChanged.fire(new CredentialsChanged());
            audit.record(AuditedEntity.USER, accountId, "token revoked", Map.of("token", token.id, "name", token.name),
                    null);
        }
        return TokenView.of(token);
    }

    /**
     * The owner of a live token, or empty for an unknown, revoked or disabled one: from the short cache of tokens
     * already looked up, else from the database, which also records when the token was last used (at most once a
     * minute).
     */
    public Optional<TokenOwner> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.hash(secret);
        Optional<TokenOwner> known = verified.find(hash);
        if (known.isPresent()) {
            return known;
        }
        Optional<TokenOwner> owner = QuarkusTransaction.requiringNew().call(() -> lookUp(hash));
        owner.ifPresent(found -> verified.remember(hash, found));
        return owner;
    }

    private Optional<TokenOwner> lookUp(String hash) {
        Optional<ApiToken> found = ApiToken.<ApiToken>find("select t from ApiToken t join fetch t.account "
                + "where t.tokenHash = ?1", hash).firstResultOptional();
        if (found.isEmpty() || found.get().revokedAt != null || !found.get().account.enabled) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Instant now = Timestamps.now();
        if (token.lastUsedAt == null || token.lastUsedAt.plus(TOUCH_EVERY).isBefore(now)) {
            token.lastUsedAt = now;
        }
        return Optional.of(new TokenOwner(token.account.id, token.account.username, token.account.role));
    }
}
