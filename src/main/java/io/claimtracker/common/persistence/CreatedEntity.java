package io.claimtracker.common.persistence;

import io.claimtracker.common.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;

import java.time.Instant;

/** A stored record that knows when it was created; the time is stamped when it is first saved. */
@MappedSuperclass
public abstract class CreatedEntity extends IdentifiedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Timestamps.now();
        }
    }
}
