package io.claimtracker.account;

import io.claimtracker.common.Timestamps;
import io.claimtracker.common.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Browser sessions kept in the database, so that any instance serves them and logging out ends them everywhere. */
@ApplicationScoped
public class SessionService {

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Inject
    TrackerConfig config;

    /** A session as the authentication layer needs it. */
    public record ActiveSession(String idHash, long accountId, String username, Role role, String csrfToken) {
    }

    /** A session just opened: the cookie value to hand the browser, and the session. */
    public record Opened(String cookieValue, ActiveSession session) {
    }

    @Transactional
    public Opened open(long accountId) {
        Account account = Account.findById(accountId);
        String cookie = Secrets.random();
        WebSession session = new WebSession();
        session.idHash = Secrets.hash(cookie);
        session.account = account;
        session.csrfToken = Secrets.random();
        session.createdAt = Timestamps.now();
        session.lastSeenAt = session.createdAt;
        session.persist();
        return new Opened(cookie, new ActiveSession(session.idHash, account.id, account.username, account.role,
                session.csrfToken));
    }

    /** The live session for a cookie value; an idle or disabled one is removed and not returned. */
    @Transactional
    public Optional<ActiveSession> find(String cookieValue) {
        if (cookieValue == null || cookieValue.length() != 43) {
            return Optional.empty();
        }
        WebSession session = WebSession.findById(Secrets.hash(cookieValue));
        if (session == null) {
            return Optional.empty();
        }
        Instant now = Timestamps.now();
        if (session.lastSeenAt.plus(config.security().sessionIdle()).isBefore(now) || !session.account.enabled) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            session.lastSeenAt = now;
        }
        Account account = session.account;
        return Optional.of(new ActiveSession(session.idHash, account.id, account.username, account.role,
                session.csrfToken));
    }

    @Transactional
    public void close(String idHash) {
        if (idHash != null) {
            WebSession.deleteById(idHash);
        }
    }
}
