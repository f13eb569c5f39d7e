package io.claimtracker.web;

import io.claimtracker.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The topics a person watches, when they last looked at each, and how many flags were raised there since (flags
 * newer than the newest one when they looked: ids grow, and time stamps hold whole seconds). Kept in
 * the web layer because it joins accounts, topics and flags, which no feature package may combine.
 */
@ApplicationScoped
public class TopicWatches {

    @Inject
    EntityManager entityManager;

    /** A watched topic with the flags raised in it since the watcher last opened it. */
    public record Watched(long topicId, String name, long newFlags, long openFlags) {
    }

    @Transactional
    public void watch(long accountId, long topicId) {
        Instant now = Timestamps.now();
        entityManager.createNativeQuery("INSERT INTO topic_watch (account_id, topic_id, created_at, last_seen_at, "
                        + "seen_up_to_flag) SELECT ?1, ?2, ?3, ?3, COALESCE(MAX(id), 0) FROM conflict "
                        + "ON DUPLICATE KEY UPDATE account_id = account_id")
                .setParameter(1, accountId).setParameter(2, topicId).setParameter(3, now).executeUpdate();
    }

    @Transactional
    public void unwatch(long accountId, long topicId) {
        entityManager.createNativeQuery("DELETE FROM topic_watch WHERE account_id = ?1 AND topic_id = ?2")
                .setParameter(1, accountId).setParameter(2, topicId).executeUpdate();
    }

    @Transactional
    public boolean watching(long accountId, long topicId) {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM topic_watch WHERE account_id = ?1 AND "
                + "topic_id = ?2").setParameter(1, accountId).setParameter(2, topicId).getSingleResult()).longValue() > 0;
    }

    /** Marks the topic seen now, when the watcher opens it. */
    @Transactional
    public void seen(long accountId, long topicId) {
        entityManager.createNativeQuery("UPDATE topic_watch SET last_seen_at = ?3, seen_up_to_flag = "
                        + "(SELECT COALESCE(MAX(id), 0) FROM conflict) WHERE account_id = ?1 AND topic_id = ?2").setParameter(1, accountId).setParameter(2, topicId)
                .setParameter(3, Timestamps.now()).executeUpdate();
    }

    @Transactional
    public List<Watched> of(long accountId) {
        List<?> rows = entityManager.createNativeQuery("SELECT w.topic_id, t.name, "
                        + "(SELECT COUNT(*) FROM conflict f WHERE f.topic_a_id = w.topic_id "
                        + "AND f.id > w.seen_up_to_flag AND f.status IN ('OPEN', 'NOTED')), "
                        + "(SELECT COUNT(*) FROM conflict f WHERE f.topic_a_id = w.topic_id "
                        + "AND f.status = 'OPEN') "
                        + "FROM topic_watch w JOIN topic t ON t.id = w.topic_id WHERE w.account_id = ?1 ORDER BY t.name")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new Watched(((Number) row[0]).longValue(),
                (String) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
                .toList();
    }
}
