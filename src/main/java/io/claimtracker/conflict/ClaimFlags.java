package io.claimtracker.conflict;

import io.claimtracker.claim.CheckLane;
import io.claimtracker.claim.ConflictHook;
import io.claimtracker.claim.ReviewState;
import io.claimtracker.common.TrackerConfig;
import io.claimtracker.common.failure.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** What the claim side asks of conflicts: a check after each save, clearing before a delete, flags and states. */
@ApplicationScoped
public class ClaimFlags implements ConflictHook {

    @Inject
    ConflictDetection detection;

    @Inject
    EntityManager entityManager;

    @Inject
    DetectionWorker worker;

    @Inject
    TrackerConfig config;

    @Override
    public List<RaisedFlag> claimSaved(long claimId) {
        return detection.claimSaved(claimId);
    }

    @Override
    public Optional<List<RaisedFlag>> claimSavedAnswerSoon(long claimId, CheckLane lane) {
        boolean queueAhead = worker.waiting(lane) > 0;
        java.util.concurrent.CompletableFuture<List<RaisedFlag>> outcome = worker.submit(claimId, lane);
        if (queueAhead) {
            return Optional.empty();
        }
        try {
            return Optional.of(outcome.get(config.detection().answerWait().toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void claimsSaved(List<Long> claimIds) {
        java.util.concurrent.CompletableFuture.allOf(claimIds.stream().map(id -> worker.submit(id, CheckLane.BULK))
                        .toArray(java.util.concurrent.CompletableFuture[]::new))
                .handle((all, failure) -> null).join();
    }

    @Override
    public void claimMoved(long claimId, Long topicId) {
        for (String side : List.of("a", "b")) {
            Conflict.getEntityManager().createNativeQuery("UPDATE conflict SET topic_" + side + "_id = ?1 WHERE claim_"
                    + side + "_id = ?2").setParameter(1, topicId).setParameter(2, claimId).executeUpdate();
        }
    }

    /**
     * Removes the claim's unruled flags by id and status rather than by their version, so a recheck that updates them
     * at the same moment (after a date change or a merge) cannot make the deletion fail.
     */
    @Override
    public void claimDeleting(long claimId) {
        List<Conflict> flags = detection.storedFlagsOf(claimId);
        List<Long> ruled = flags.stream().filter(ConflictDetection::reviewed).map(flag -> flag.id).toList();
        if (!ruled.isEmpty()) {
            throw new StateConflictException("Claim has reviewed conflicts", "This claim takes part in "
                    + ruled.size() + " conflict flag(s) an editor has ruled on (" + ruled.stream().map(id -> "#" + id)
                    .collect(Collectors.joining(", ")) + "). Rulings are kept as evidence, so the claim cannot be "
                    + "deleted; edit it instead.", null, Map.of("conflicts", ruled));
        }
        List<Long> unruled = flags.stream().map(flag -> flag.id).toList();
        flags.forEach(entityManager::detach);
        if (!unruled.isEmpty()) {
            entityManager.createQuery("DELETE FROM Conflict c WHERE c.id IN :ids AND c.ruled = false AND c.status IN :open")
                    .setParameter("ids", unruled)
                    .setParameter("open", List.of(ConflictStatus.OPEN, ConflictStatus.NOTED)).executeUpdate();
        }
    }

    @Override
    public Map<Long, ReviewState> reviewStates(Collection<Long> claimIds) {
        Map<Long, ReviewState> states = new java.util.HashMap<>();
        if (claimIds.isEmpty()) {
            return states;
        }
        List<?> rows = entityManager.createNativeQuery("SELECT claim_a_id, status FROM conflict WHERE claim_a_id IN (?1) "
                        + "UNION ALL SELECT claim_b_id, status FROM conflict WHERE claim_b_id IN (?1)")
                .setParameter(1, List.copyOf(claimIds)).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long claimId = ((Number) columns[0]).longValue();
            states.merge(claimId, stateOf(String.valueOf(columns[1])), ReviewState::stronger);
        }
        return states;
    }

    @Override
    public Map<Long, Long> openFlagsByArticle(Collection<Long> articleIds) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        List<?> rows = entityManager.createNativeQuery("SELECT article_id, COUNT(DISTINCT id) FROM ("
                        + "SELECT c.article_id, f.id FROM claim c JOIN conflict f ON f.claim_a_id = c.id "
                        + "WHERE c.article_id IN (?1) AND f.status = 'OPEN' UNION ALL "
                        + "SELECT c.article_id, f.id FROM claim c JOIN conflict f ON f.claim_b_id = c.id "
                        + "WHERE c.article_id IN (?1) AND f.status = 'OPEN') flagged GROUP BY article_id")
                .setParameter(1, List.copyOf(articleIds)).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private static ReviewState stateOf(String status) {
        return switch (status) {
            case "OPEN" -> ReviewState.OPEN;
            case "CONFIRMED" -> ReviewState.CONFIRMED;
            case "NOTED" -> ReviewState.NONE;
            default -> ReviewState.SETTLED;
        };
    }

    @Override
    @Transactional
    public List<RaisedFlag> flagsOf(long claimId) {
        return detection.raised(claimId);
    }

    @Override
    @Transactional
    public Map<Long, List<RaisedFlag>> flagsOfEach(Collection<Long> claimIds) {
        return detection.raisedForEach(claimIds);
    }
}
