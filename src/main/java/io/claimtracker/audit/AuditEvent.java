package io.claimtracker.audit;

import io.claimtracker.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recorded change: who changed which record, when, through which interface, and its state before and after. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends IdentifiedEntity {

    @Column(nullable = false, length = 20)
    public String entityType;

    @Column(nullable = false)
    public long entityId;

    @Column(nullable = false, length = 20)
    public String action;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(nullable = false, length = 10)
    public String channel;

    @Column(nullable = false)
    public Instant occurredAt;

    public String beforeState;

    public String afterState;
}
