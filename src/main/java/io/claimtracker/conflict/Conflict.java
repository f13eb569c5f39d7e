package io.claimtracker.conflict;

import io.claimtracker.claim.Claim;
import io.claimtracker.conflict.detect.ConflictKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;

/** A flag that two claims conflict; the pair is unordered and stored once, the lower claim id first. */
@Entity
public class Conflict extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_a_id", nullable = false)
    public Claim claimA;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_b_id", nullable = false)
    public Claim claimB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ConflictKind kind;

    @Column(nullable = false)
    public double score;

    @Column(nullable = false, length = 2000)
    public String explanation;

    @Column(nullable = false)
    public boolean reversal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ConflictStatus status;

    @Column(name = "detector_version", nullable = false, length = 40)
    public String detectorVersion;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "dismiss_reason", length = 30)
    public DismissReason dismissReason;

    @Column(name = "decision_note", length = 2000)
    public String decisionNote;

    @Version
    public long version;

    public long otherThan(long claimId) {
        return claimA.id == claimId ? claimB.id : claimA.id;
    }
}
