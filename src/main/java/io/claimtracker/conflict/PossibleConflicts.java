package io.claimtracker.conflict;

import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.claim.Claim;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.Timestamps;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.failure.StaleEditException;
import io.claimtracker.common.failure.StateConflictException;
import io.claimtracker.conflict.detect.ConflictKind;
import io.claimtracker.conflict.detect.JudgeSettings;
import io.claimtracker.conflict.detect.Lead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the second tier: the pairs a check found worth a look, what editors decided on them (raise to a flag, wave
 * off), and the lists shown beside each claim.
 */
@ApplicationScoped
public class PossibleConflicts {

    private static final String FETCH = "select p from PossibleConflict p join fetch p.claimA a join fetch a.speaker "
            + "join fetch p.claimB b join fetch b.speaker";

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** The claim's stored pairs by the other claim's id; within the caller's transaction. */
    Map<Long, PossibleConflict> of(long claimId) {
        return PossibleConflict.<PossibleConflict>find("claimA.id = ?1 or claimB.id = ?1", claimId).list().stream()
                .collect(Collectors.toMap(pair -> pair.otherThan(claimId), Function.identity()));
    }

    /** Whether an editor's decision on the pair stands for its claims as they read now. */
    boolean decisionHolds(PossibleConflict pair, String fingerprint) {
        return pair != null && pair.decidedFor(fingerprint);
    }

    /** A pair a check puts forward for the first time, the lower claim id first, with its reason named. */
    record NewLead(long firstId, long secondId, Lead lead, String reason, String fingerprint) {
    }

    /**
     * Applies a check's reading of one pair to what is stored: a stored pair is refreshed, or removed when it no
     * longer makes a lead; a pair the check could not fully {@code read} (the other claim's closeness unknown while
     * its own check is still to run) keeps what it has. A decision made on claims that have changed since gives way
     * to the new reading. Returns the pair to add when it is new and among the check's best.
     */
    Optional<NewLead> keep(long claimId, long otherId, PossibleConflict stored, Lead lead, boolean read,
                           Map<Long, String> speakers, String fingerprint) {
        long first = Math.min(claimId, otherId);
        long second = Math.max(claimId, otherId);
        if (lead == null) {
            if (stored != null && (read || stored.decided())) {
                stored.delete();
            }
            return Optional.empty();
        }
        String reason = lead.named(speakers.getOrDefault(first, "A"), speakers.getOrDefault(second, "B"));
        if (stored != null) {
            stored.renew(lead, reason, fingerprint, Timestamps.now());
            return Optional.empty();
        }
        return lead.best() ? Optional.of(new NewLead(first, second, lead, reason, fingerprint)) : Optional.empty();
    }

    /** Stores new pairs in one statement; a pair stored meanwhile by another check is left as it is. */
    void insert(List<NewLead> leads) {
        if (leads.isEmpty()) {
            return;
        }
        jakarta.persistence.Query insert = entityManager.createNativeQuery("INSERT INTO possible_conflict (claim_a_id, "
                + "claim_b_id, kind, dates_needed, score, reason, status, fingerprint, detector_version, detected_at, "
                + "updated_at, version) VALUES " + ClaimIndex.rows(leads.size(), 12) + " ON DUPLICATE KEY UPDATE id = id");
        Instant now = Timestamps.now();
        for (int i = 0; i < leads.size(); i++) {
            NewLead row = leads.get(i);
            Lead lead = row.lead();
            Object[] values = {row.firstId(), row.secondId(), lead.kind() == null ? null : lead.kind().name(),
                    lead.datesNeeded(), Math.max(0, Math.min(1, lead.score())), Conflict.fitted(row.reason()),
                    PossibleConflictStatus.SHOWN.name(), row.fingerprint(), JudgeSettings.VERSION, now, now, 0};
            ClaimIndex.bindRow(insert, i, values);
        }
        insert.executeUpdate();
    }

    /** The pairs shown beside a claim, best first, at most {@code limit}. */
    @Transactional
    public List<WorthALookDtos.Item> shownWith(long claimId, int limit) {
        if (Claim.findById(claimId) == null) {
            throw new RecordNotFoundException("claim", claimId);
        }
        return PossibleConflict.<PossibleConflict>find(FETCH + " where (a.id = ?1 or b.id = ?1) and p.status = ?2 "
                + "order by p.score desc, p.id", claimId, PossibleConflictStatus.SHOWN).range(0, limit - 1).list()
                .stream().map(pair -> WorthALookDtos.Item.of(pair, claimId)).toList();
    }

    /**
     * Raises a shown pair to an open flag (an existing record of the pair, such as one waiting for dates, becomes
     * that flag); audited on both records. {@code version} is the one the editor saw.
     */
    @Transactional
    public WorthALookDtos.Item raise(long id, long version) {
        PossibleConflict pair = shown(id, version);
        Map<String, Object> before = pair.auditState().asMap();
        Instant now = Timestamps.now();
        String by = currentUser.name();
        Conflict flag = Conflict.<Conflict>find("claimA.id = ?1 and claimB.id = ?2", pair.claimA().id,
                pair.claimB().id).firstResult();
        boolean created = flag == null;
        Map<String, Object> flagBefore = created ? Map.of() : flag.auditState().asMap();
        if (created) {
            flag = new Conflict();
            flag.claimA = pair.claimA();
            flag.claimB = pair.claimB();
            flag.detectedAt = now;
        } else if (!flag.status.changedByDetection()) {
            throw new StateConflictException("Already ruled on", "These two claims already have flag #" + flag.id
                    + ", which stands at " + flag.status + "; open it from the review queue instead.");
        }
        flag.kind = pair.kind() == null || pair.kind().recordedOnly() ? ConflictKind.CONTRADICTION : pair.kind();
        flag.score = pair.score();
        flag.explanation = Conflict.fitted("Raised by " + by + " from worth a look. "
                + WorthALookDtos.Item.reason(pair));
        flag.reversal = false;
        flag.status = ConflictStatus.OPEN;
        flag.detectorVersion = JudgeSettings.VERSION;
        flag.updatedAt = now;
        if (created) {
            flag.persist();
        }
        flag.flush();
        entityManager.createNativeQuery("UPDATE conflict SET topic_a_id = (SELECT topic_id FROM claim WHERE id = ?1), "
                        + "topic_b_id = (SELECT topic_id FROM claim WHERE id = ?2) WHERE id = ?3")
                .setParameter(1, pair.claimA().id).setParameter(2, pair.claimB().id).setParameter(3, flag.id)
                .executeUpdate();
        pair.raise(flag.id, by, now);
        pair.flush();
        audit.record(AuditedEntity.CONFLICT, flag.id, created ? AuditLog.CREATED : "raised", flagBefore,
                flag.auditState().asMap());
        audit.record(AuditedEntity.POSSIBLE_CONFLICT, pair.id, "raised", before, pair.auditState().asMap());
        return WorthALookDtos.Item.decided(pair);
    }

    /** Waves a shown pair off: audited, and it returns neither as a lead nor as a flag until one claim changes. */
    @Transactional
    public WorthALookDtos.Item waveOff(long id, long version) {
        PossibleConflict pair = shown(id, version);
        Map<String, Object> before = pair.auditState().asMap();
        pair.waveOff(currentUser.name(), Timestamps.now());
        pair.flush();
        audit.record(AuditedEntity.POSSIBLE_CONFLICT, pair.id, "waved-off", before, pair.auditState().asMap());
        return WorthALookDtos.Item.decided(pair);
    }

    private PossibleConflict shown(long id, long version) {
        PossibleConflict pair = PossibleConflict.<PossibleConflict>find(FETCH + " where p.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new RecordNotFoundException("possible conflict", id));
        if (pair.status() != PossibleConflictStatus.SHOWN) {
            throw new StateConflictException("Already decided", "Possible conflict #" + id + " was "
                    + (pair.status() == PossibleConflictStatus.RAISED ? "raised to flag #" + pair.conflictId()
                    : "waved off") + " by " + pair.decidedBy() + ".");
        }
        if (pair.version() != version) {
            throw new StaleEditException("Possible conflict #" + id + " was re-read by "
                    + "detection since you loaded it (version " + pair.version() + ", you sent " + version
                    + "). Reload it and decide again.", WorthALookDtos.Item.decided(pair), List.of());
        }
        return pair;
    }

    /** What a pair's decision is tied to: both claims' statements, dates and speakers, the lower claim id first. */
    static String fingerprint(ConflictDetection.Candidate one, ConflictDetection.Candidate other) {
        ConflictDetection.Candidate first = one.id() < other.id() ? one : other;
        ConflictDetection.Candidate second = first == one ? other : one;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ConflictDetection.Candidate side : List.of(first, second)) {
                digest.update((side.id() + "\u0000" + side.statement().text() + "\u0000"
                        + side.statement().referenceDate() + "\u0000" + side.statement().speakerKey() + "\u0001")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
