package io.claimtracker.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recorded change: who changed which record, when, through which interface, and its state before and after. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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
