package io.claimtracker.conflict;

import io.claimtracker.audit.AuditState;
import io.claimtracker.audit.Audited;
import io.claimtracker.claim.Claim;
import io.claimtracker.common.persistence.IdentifiedEntity;
import io.claimtracker.conflict.detect.ConflictKind;
import io.claimtracker.conflict.detect.JudgeSettings;
import io.claimtracker.conflict.detect.Lead;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A pair of claims worth an editor's look (the second tier below flags), stored once per unordered pair, the lower
 * claim id first, with the claims' fingerprint when it was judged: an editor's decision holds until that changes.
 */
@Entity
@Table(name = "possible_conflict")
public class PossibleConflict extends IdentifiedEntity implements Audited {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_a_id", nullable = false)
    private Claim claimA;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_b_id", nullable = false)
    private Claim claimB;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ConflictKind kind;

    @Column(name = "dates_needed", nullable = false)
    private boolean datesNeeded;

    @Column(nullable = false)
    private double score;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PossibleConflictStatus status;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "detector_version", nullable = false, length = 40)
    private String detectorVersion;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "conflict_id")
    private Long conflictId;

    @Version
    private long version;

    protected PossibleConflict() {
    }

    /**
     * Takes a re-check's reading: a pair still shown is refreshed; a decision taken on claims that have changed since
     * (another fingerprint) gives way, and the pair is shown again.
     */
    void renew(Lead lead, String newReason, String newFingerprint, Instant at) {
        if (decidedFor(newFingerprint)) {
            throw new IllegalStateException("an editor's decision on these claims stands");
        }
        status = PossibleConflictStatus.SHOWN;
        decidedBy = null;
        decidedAt = null;
        conflictId = null;
        kind = lead.kind();
        datesNeeded = lead.datesNeeded();
        score = Math.max(0, Math.min(1, lead.score()));
        reason = Conflict.fitted(newReason);
        fingerprint = newFingerprint;
        detectorVersion = JudgeSettings.VERSION;
        updatedAt = at;
    }

    /** An editor raises the pair to the given flag. */
    void raise(long flagId, String by, Instant at) {
        decide(PossibleConflictStatus.RAISED, by, at);
        conflictId = flagId;
    }

    /** An editor waves the pair off: it returns neither as a flag nor as a lead while its claims stay as they are. */
    void waveOff(String by, Instant at) {
        decide(PossibleConflictStatus.WAVED_OFF, by, at);
    }

    private void decide(PossibleConflictStatus decision, String by, Instant at) {
        if (status != PossibleConflictStatus.SHOWN) {
            throw new IllegalStateException("already " + status);
        }
        status = decision;
        decidedBy = by;
        decidedAt = at;
        updatedAt = at;
    }

    /** Whether an editor has raised or waved off the pair. */
    boolean decided() {
        return status != PossibleConflictStatus.SHOWN;
    }

    /** Whether an editor's decision on the pair still holds for claims with this fingerprint. */
    boolean decidedFor(String currentFingerprint) {
        return status != PossibleConflictStatus.SHOWN && fingerprint.equals(currentFingerprint);
    }

    long otherThan(long claimId) {
        return claimA.id == claimId ? claimB.id : claimA.id;
    }

    Claim claimA() {
        return claimA;
    }

    Claim claimB() {
        return claimB;
    }

    public ConflictKind kind() {
        return kind;
    }

    public boolean datesNeeded() {
        return datesNeeded;
    }

    public double score() {
        return score;
    }

    public String reason() {
        return reason;
    }

    public PossibleConflictStatus status() {
        return status;
    }

    public Long conflictId() {
        return conflictId;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditState auditState() {
        return AuditState.of().with("status", status).with("kind", kind).with("decidedBy", decidedBy)
                .with("conflict", conflictId).with("version", version);
    }
}
