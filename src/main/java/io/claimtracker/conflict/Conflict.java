package io.claimtracker.conflict;

import io.claimtracker.audit.Audited;
import io.claimtracker.audit.AuditState;
import io.claimtracker.claim.Claim;
import io.claimtracker.conflict.detect.ConflictKind;
import io.claimtracker.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;

/** A flag that two claims conflict; the pair is unordered and stored once, the lower claim id first. */
@Entity
public class Conflict extends IdentifiedEntity implements Audited {

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

    /** The first claim's topic, copied when the flag is raised and when the claim moves, so topics filter by index. */
    @Column(name = "topic_a_id", insertable = false, updatable = false)
    public Long topicAId;

    /** The second claim's topic, kept like {@link #topicAId}. */
    @Column(name = "topic_b_id", insertable = false, updatable = false)
    public Long topicBId;

    /** Whether a reviewer has ever ruled on the flag, even if it was reopened since. */
    @Column(nullable = false)
    public boolean ruled;

    @Version
    public long version;

    /** The longest explanation a flag, or a pair worth a look, stores; longer text is cut with an ellipsis. */
    static final int EXPLANATION_LIMIT = 2000;

    /** The text cut to {@link #EXPLANATION_LIMIT}. */
    static String fitted(String text) {
        return text.length() <= EXPLANATION_LIMIT ? text : text.substring(0, EXPLANATION_LIMIT - 1) + "…";
    }

    public long otherThan(long claimId) {
        return claimA.id == claimId ? claimB.id : claimA.id;
    }

    /** Whether a reviewer may take this action on the flag as it stands. */
    public boolean allows(ReviewAction action) {
        return action.appliesTo().contains(status);
    }

    /**
     * Records a reviewer's ruling: the flag moves to the action's status and keeps who ruled, when, why and the
     * note; reopening clears them (the decision history keeps every ruling).
     */
    public void rule(ReviewAction action, DismissReason reason, String note, String by, Instant at) {
        if (!allows(action)) {
            throw new IllegalStateException(action + " does not apply to a flag that is " + status);
        }
        boolean reopened = action == ReviewAction.REOPEN;
        ruled = true;
        status = action.leadsTo();
        decidedBy = reopened ? null : by;
        decidedAt = reopened ? null : at;
        dismissReason = reopened || action != ReviewAction.DISMISS ? null : reason;
        decisionNote = reopened ? null : note;
        updatedAt = at;
    }

    @Override
    public AuditState auditState() {
        return AuditState.of().with("status", status).with("dismissReason", dismissReason).with("note", decisionNote)
                .with("decidedBy", decidedBy).with("version", version);
    }
}
