package io.claimtracker.common.persistence;

import io.claimtracker.common.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A stored record people edit: besides its creation time it keeps when it last changed, stamped on every save
 * that changes it, and a version that makes a stale edit fail instead of overwriting someone else's.
 */
@MappedSuperclass
public abstract class EditedEntity extends CreatedEntity {

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    void stampFirstEdit() {
        if (updatedAt == null) {
            updatedAt = createdAt == null ? Timestamps.now() : createdAt;
        }
    }

    @PreUpdate
    void stampEdit() {
        updatedAt = Timestamps.now();
    }
}
