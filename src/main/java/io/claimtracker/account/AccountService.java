package io.claimtracker.account;

import io.claimtracker.common.failure.TooManyAttemptsException;
import io.claimtracker.common.failure.StaleEditException;
import io.claimtracker.common.failure.NotPermittedException;
import io.claimtracker.common.failure.StateConflictException;
import io.claimtracker.common.failure.InvalidInputException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.account.AccountDtos.AccountChange;
import io.claimtracker.account.AccountDtos.AccountView;
import io.claimtracker.account.AccountDtos.CreatedAccount;
import io.claimtracker.account.AccountDtos.NewAccount;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.common.Timestamps;
import io.claimtracker.common.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creates and changes accounts and checks passwords. */
@ApplicationScoped
public class AccountService {

    @Inject
    TrackerConfig config;

    @Inject
    AuditLog audit;

    @Inject
    PasswordChecks passwordChecks;

    @Inject
    jakarta.enterprise.event.Event<CredentialsChanged> credentialsChanged;

    @Inject
    LoginThrottle throttle;

    /** The throttle's address key for password changes: guesses are counted per account, wherever they come from. */
    private static final String PASSWORD_CHANGE = "password-change:";

    private volatile String decoy;

    /**
     * The account whose password this is, or empty; takes as long whether or not the account exists. The account
     * is read in a short transaction of its own and the bcrypt check runs after it, holding no connection, among at
     * most {@code tracker.security.concurrent-password-checks} at once ({@link SignInBusyException} beyond that).
     */
    public Optional<Account> verify(String username, String password) {
        Optional<Account> account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username));
        String hash = account.map(found -> found.passwordHash).orElseGet(this::decoyHash);
        boolean matches = passwordChecks.run(() -> Passwords.matches(password == null ? "" : password, hash));
        return account.filter(found -> matches && found.enabled);
    }

    /** A hash of a random password at the configured cost, checked for unknown names so the answer takes as long. */
    private String decoyHash() {
        String hash = decoy;
        if (hash == null) {
            hash = Passwords.hash(Secrets.random(), config.security().bcryptCost());
            decoy = hash;
        }
        return hash;
    }

    @Transactional
    public CreatedAccount create(NewAccount request) {
        Role role = role(request.role());
        String username = request.username().strip();
        if (Account.findByUsername(username).isPresent()) {
            throw new StateConflictException("Username taken", "An account named '" + username
                    + "' exists already. Choose another name or change that account.", "username", Map.of());
        }
        String generated = request.password() == null || request.password().isBlank() ? Secrets.random() : null;
        String password = generated != null ? generated : request.password();
        requireStrong(password, "password");
        Account account = new Account();
        account.username = username;
        account.passwordHash = Passwords.hash(password, config.security().bcryptCost());
        account.role = role;
        account.enabled = true;
        account.persistAndFlush();
        audit.record(AuditedEntity.USER, account.id, AuditLog.CREATED, null, account.auditState().asMap());
        return new CreatedAccount(AccountView.of(account), generated);
    }

    /**
     * The account of a person the newsroom's identity provider signed in: found by the provider's subject, else
     * created under the name the provider gives, with an unusable random password. Its role follows the person's
     * groups at every sign-in; a disabled account stays out, and a name already used by a password account is
     * refused rather than taken over.
     */
    @Transactional
    public Account signedInElsewhere(String subject, String username, Role role) {
        Optional<Account> known = Account.find("ssoSubject", subject).firstResultOptional();
        if (known.isPresent()) {
            Account account = known.get();
            if (!account.enabled) {
                throw new NotPermittedException("Account disabled", "Your Claim Tracker account '" + account.username
                        + "' is disabled. Ask an administrator to enable it.");
            }
            if (account.role != role) {
                Map<String, Object> before = account.auditState().asMap();
                account.role = role;
                account.flush();
                audit.record(AuditedEntity.USER, account.id, AuditLog.UPDATED, before, account.auditState().asMap());
            }
            return account;
        }
        String name = ssoName(username);
        if (Account.findByUsername(name).isPresent()) {
            throw new StateConflictException("Username taken", "An account named '" + name + "' already signs in "
                    + "with a password, so single sign-on did not take it over. Ask an administrator to rename one of "
                    + "the two accounts.");
        }
        Account account = new Account();
        account.username = name;
        account.passwordHash = Passwords.hash(Secrets.random(), config.security().bcryptCost());
        account.role = role;
        account.enabled = true;
        account.ssoSubject = subject;
        account.persistAndFlush();
        audit.record(AuditedEntity.USER, account.id, AuditLog.CREATED, null, account.auditState().asMap());
        return account;
    }

    /** The provider's name for a person as an account name: letters, digits, '.', '_' and '-', at most 60. */
    static String ssoName(String given) {
        String name = Usernames.canonical(given).replaceAll("[^A-Za-z0-9._-]+", ".");
        name = name.length() > 60 ? name.substring(0, 60) : name;
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw new NotPermittedException("No usable name", "The identity provider gave no name Claim Tracker can "
                    + "use for your account. Ask an administrator to check the single sign-on settings.");
        }
        return name;
    }

    @Transactional
    public AccountView change(long id, AccountChange change) {
        if (change.version() == null) {
            throw InvalidInputException.of("version", "is required: reload the account and send the version "
                    + "you read");
        }
        Account account = find(id);
        if (change.version() != account.version) {
            throw new StaleEditException("Account '" + account.username + "' changed after you read it (you sent "
                    + "version " + change.version() + ", it is now at " + account.version + "). Reload it and apply "
                    + "your change again.", AccountView.of(account), List.of());
        }
        Role role = role(change.role());
        Map<String, Object> before = account.auditState().asMap();
        if (account.role == Role.ADMIN && (role != Role.ADMIN || !change.enabled()) && activeAdmins() <= 1) {
            throw new StateConflictException("Last administrator", "'" + account.username
                    + "' is the only enabled admin; make another account admin first.");
        }
        account.role = role;
        account.enabled = change.enabled();
        account.flush();
        credentialsChanged.fire(new CredentialsChanged());
        if (!account.enabled) {
            WebSession.delete("account.id", account.id);
        }
        audit.record(AuditedEntity.USER, account.id, AuditLog.UPDATED, before, account.auditState().asMap());
        return AccountView.of(account);
    }

    /**
     * Sets a new password after checking the current one; every other browser session of the account ends and its
     * personal API tokens are revoked. Wrong current passwords count against the account like failed sign-ins
     * ({@code tracker.security.login-failures} per window, then 429), and the checks hold no connection.
     */
    public void changePassword(long id, String current, String next, String keepSessionHash) {
        Account account = QuarkusTransaction.requiringNew().call(() -> find(id));
        String throttleKey = PASSWORD_CHANGE + id;
        Duration wait = throttle.reserve(account.username, throttleKey);
        if (!wait.isZero()) {
            throw tooManyGuesses(wait);
        }
        boolean matches;
        try {
            matches = passwordChecks.run(() -> Passwords.matches(current == null ? "" : current, account.passwordHash));
        } catch (SignInBusyException e) {
            throttle.release(account.username, throttleKey);
            throw tooManyGuesses(LoginThrottle.BUSY);
        }
        if (!matches) {
            throttle.failed(account.username, throttleKey);
            throw InvalidInputException.of("currentPassword", "is not your current password");
        }
        throttle.succeeded(account.username, throttleKey);
        requireStrong(next, "newPassword");
        String hash = Passwords.hash(next, config.security().bcryptCost());
        QuarkusTransaction.requiringNew().run(() -> storeNewPassword(id, hash, keepSessionHash));
    }

    private void storeNewPassword(long id, String hash, String keepSessionHash) {
        Account account = find(id);
        account.passwordHash = hash;
        account.flush();
        credentialsChanged.fire(new CredentialsChanged());
        WebSession.delete("account.id = ?1 and idHash <> ?2", account.id, keepSessionHash == null ? "" : keepSessionHash);
        audit.record(AuditedEntity.USER, account.id, "password changed", null, Map.of("tokensRevoked",
                revokeTokens(account.id)));
    }

    private static TooManyAttemptsException tooManyGuesses(Duration wait) {
        return new TooManyAttemptsException("Too many wrong current passwords", "The current password was wrong too "
                + "often. Wait " + wait.toMinutes() + " min " + wait.toSecondsPart() + " s and try again, or ask an "
                + "administrator to reset your password.", wait);
    }

    /** An administrator sets a new password for someone who lost theirs; their sessions end, their tokens are revoked. */
    @Transactional
    public void resetPassword(long id, String next) {
        Account account = find(id);
        requireStrong(next, "newPassword");
        account.passwordHash = Passwords.hash(next, config.security().bcryptCost());
        account.flush();
        credentialsChanged.fire(new CredentialsChanged());
        WebSession.delete("account.id", account.id);
        audit.record(AuditedEntity.USER, account.id, "password reset", null, Map.of("tokensRevoked",
                revokeTokens(account.id)));
    }

    private static int revokeTokens(long accountId) {
        return ApiToken.update("revokedAt = ?1 where account.id = ?2 and revokedAt is null", Timestamps.now(), accountId);
    }

    @Transactional
    public List<AccountView> list() {
        return Account.<Account>find("order by username").list().stream().map(AccountView::of).toList();
    }

    @Transactional
    public AccountView get(long id) {
        return AccountView.of(find(id));
    }

    /** Whether any administrator account exists yet. */
    @Transactional
    public boolean adminExists() {
        return Account.count("role = ?1", Role.ADMIN) > 0;
    }

    /** Creates the first admin when the database holds no admin; returns the generated password, if any. */
    @Transactional
    public Optional<String> ensureAdmin() {
        if (Account.count("role = ?1", Role.ADMIN) > 0) {
            return Optional.empty();
        }
        Optional<String> configured = config.adminPassword().filter(password -> !password.isBlank());
        CreatedAccount created = create(new NewAccount("admin", Role.ADMIN.key(), configured.orElse(null)));
        return Optional.ofNullable(created.generatedPassword());
    }

    Account find(long id) {
        return Account.<Account>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("account", id));
    }

    private long activeAdmins() {
        return Account.count("role = ?1 and enabled = true", Role.ADMIN);
    }

    private void requireStrong(String password, String field) {
        int minimum = config.security().minPasswordLength();
        if (password == null || password.codePointCount(0, password.length()) < minimum) {
            throw InvalidInputException.of(field, "must be at least " + minimum + " characters long");
        }
    }

    private static Role role(String value) {
        return Role.parse(value).orElseThrow(() -> InvalidInputException.of("role", "must be editor, reviewer or admin"));
    }

}
