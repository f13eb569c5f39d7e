package io.claimtracker.account;

import io.claimtracker.common.persistence.CreatedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** The secret in a person's feed addresses: it opens their Atom feeds and nothing else; only its hash is stored. */
@Entity
@Table(name = "feed_token")
public class FeedToken extends CreatedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    public Account account;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
