package io.claimtracker.account;

import io.claimtracker.common.persistence.CreatedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A personal API token: only its SHA-256 hash and first characters are stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends CreatedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    public Account account;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 64)
    public String tokenHash;

    @Column(nullable = false, length = 12)
    public String tokenPrefix;

    public Instant lastUsedAt;

    public Instant revokedAt;
}
