package io.claimtracker.claim;

import io.claimtracker.common.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/**
 * Claims waiting for their conflict check: a claim joins in the transaction that saves it and leaves in the
 * transaction that stores its check, so a check cut off in between is found again by the background retry.
 */
@ApplicationScoped
public class DetectionQueue {

    @Inject
    EntityManager entityManager;

    /** Queues the claim for a check, within the caller's transaction. */
    public void enqueue(long claimId) {
        entityManager.createNativeQuery("INSERT INTO detection_queue (claim_id, queued_at) VALUES (?1, ?2) "
                        + "ON DUPLICATE KEY UPDATE queued_at = ?2")
                .setParameter(1, claimId).setParameter(2, Timestamps.now()).executeUpdate();
    }

    /** The claim's check is stored, within the caller's transaction. */
    public void done(long claimId) {
        entityManager.createNativeQuery("DELETE FROM detection_queue WHERE claim_id = ?1").setParameter(1, claimId)
                .executeUpdate();
    }

    /** Whether the claim's conflict check is still to be stored. */
    public boolean holds(long claimId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM detection_queue WHERE claim_id = ?1")
                .setParameter(1, claimId).setMaxResults(1).getResultList().isEmpty();
    }

    /** How many claims wait for their check and when the longest-waiting one was queued. */
    public record Waiting(long claims, Instant oldest) {
    }

    /** Counts the claims waiting now, in a transaction of its own. */
    public Waiting waiting() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery("SELECT COUNT(*), MIN(queued_at) FROM "
                    + "detection_queue").getSingleResult();
            return new Waiting(((Number) row[0]).longValue(), Timestamps.instantOf(row[1]));
        });
    }

    /** Claims queued before the given moment and not checked yet, oldest first, read in a transaction of its own. */
    public List<Long> queuedBefore(Instant moment, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT claim_id FROM detection_queue WHERE queued_at < ?1 ORDER BY queued_at, claim_id")
                .setParameter(1, moment).setMaxResults(limit).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList());
    }
}
