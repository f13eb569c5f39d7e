package io.claimtracker.account;

import io.claimtracker.audit.Audited;
import io.claimtracker.audit.AuditState;
import io.claimtracker.common.persistence.EditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.Optional;

/** A person who logs in: name, bcrypt password hash, role and whether the account may log in. */
@Entity
@Table(name = "account")
public class Account extends EditedEntity implements Audited {

    @Column(nullable = false, length = 60)
    public String username;

    @Column(nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Role role;

    @Column(nullable = false)
    public boolean enabled;

    /** The identity provider's issuer and subject for an account that signs in through single sign-on, else null. */
    @Column(name = "sso_subject", length = 255)
    public String ssoSubject;

    public static Optional<Account> findByUsername(String username) {
        return find("username", Usernames.canonical(username)).firstResultOptional();
    }

    @Override
    public AuditState auditState() {
        return AuditState.of().with("username", username).with("role", role.key()).with("enabled", enabled)
                .with("version", version);
    }
}
