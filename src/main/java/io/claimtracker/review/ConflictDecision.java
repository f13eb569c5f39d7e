package io.claimtracker.review;

import io.claimtracker.conflict.ReviewAction;
import io.claimtracker.conflict.Conflict;
import io.claimtracker.conflict.DismissReason;
import io.claimtracker.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One ruling on a flag, kept forever: who did what, when and why. */
@Entity
@Table(name = "conflict_decision")
public class ConflictDecision extends IdentifiedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conflict_id", nullable = false)
    public Conflict conflict;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReviewAction action;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public DismissReason reason;

    @Column(length = 2000)
    public String note;

    @Column(name = "decided_by", nullable = false, length = 100)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
