package io.claimtracker.conflict;

import io.claimtracker.common.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Proves that a claim saved without its conflict check (the check was cut off) is checked later by the retry job. */
@QuarkusTest
class PendingDetectionTest {

    @Inject
    PendingDetection job;

    @Inject
    EntityManager entityManager;

    private long count(String sql, long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void interruptedCheckIsCompletedByTheRetryJob() {
        String topic = unique("Deferred");
        long articleId = article(unique("Deferred"), "The ferry sailed at dawn. The ferry did not sail at dawn.", null);
        long first = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Harbour clerk"),
                "quote", Map.of("exact", "The ferry sailed at dawn."), "statement", "The ferry sailed at dawn.",
                "topic", topic)).statusCode(201).extract().jsonPath().getLong("id");
        long second = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Deckhand"),
                "quote", Map.of("exact", "The ferry did not sail at dawn."), "statement", "The ferry did not sail at dawn.",
                "topic", topic)).statusCode(201).extract().jsonPath().getLong("id");
        String flagsOfSecond = "SELECT COUNT(*) FROM conflict WHERE claim_b_id = ?1 AND claim_a_id = " + first;
        assertThat(count(flagsOfSecond, second)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM detection_queue WHERE claim_id = ?1", second)).isZero();

        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("DELETE FROM conflict WHERE claim_a_id = ?1 AND claim_b_id = ?2")
                    .setParameter(1, first).setParameter(2, second).executeUpdate();
            entityManager.createNativeQuery("INSERT INTO detection_queue (claim_id, queued_at) VALUES (?1, ?2)")
                    .setParameter(1, second).setParameter(2, Timestamps.now().minus(Duration.ofMinutes(1)))
                    .executeUpdate();
        });
        assertThat(count(flagsOfSecond, second)).isZero();

        job.retry();

        assertThat(count(flagsOfSecond, second)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM detection_queue WHERE claim_id = ?1", second)).isZero();
    }

    /**
     * Proves a deferred check finds the pair an immediate check found, even after many newer claims of the same
     * topic and wording were stored before it ran (they used to crowd the older partner out of its candidates).
     */
    @Test
    void aDeferredCheckFindsWhatAnImmediateOneWouldAfterManyNewerClaims() {
        String topic = unique("Crowded");
        long articleId = article(unique("Crowded"), "The night ferry sailed at dawn. The night ferry did not sail at "
                + "dawn.", null);
        long partner = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Port clerk"),
                "quote", Map.of("exact", "The night ferry sailed at dawn."), "statement", "The night ferry sailed at dawn.",
                "topic", topic)).statusCode(201).extract().jsonPath().getLong("id");
        long deferred = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Sailor"),
                "quote", Map.of("exact", "The night ferry did not sail at dawn."),
                "statement", "The night ferry did not sail at dawn.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");
        String pairFlag = "SELECT COUNT(*) FROM conflict WHERE claim_a_id = " + partner + " AND claim_b_id = ?1";
        assertThat(count(pairFlag, deferred)).as("the immediate check flags the pair").isEqualTo(1);

        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("DELETE FROM conflict WHERE claim_a_id = ?1 OR claim_b_id = ?1")
                    .setParameter(1, deferred).executeUpdate();
            entityManager.createNativeQuery("INSERT INTO detection_queue (claim_id, queued_at) VALUES (?1, ?2)")
                    .setParameter(1, deferred).setParameter(2, Timestamps.now().minus(Duration.ofMinutes(1)))
                    .executeUpdate();
            copyClaim(partner, 150);
        });
        assertThat(count(pairFlag, deferred)).isZero();

        job.retry();

        assertThat(count(pairFlag, deferred)).as("the deferred check finds the same pair").isEqualTo(1);
    }

    /** Stores copies of a claim, with its index rows, as newer claims of the same topic. */
    private void copyClaim(long claimId, int copies) {
        @SuppressWarnings("unchecked")
        java.util.List<String> columns = ((java.util.List<Object[]>) entityManager.createNativeQuery(
                "SHOW COLUMNS FROM claim").getResultList()).stream().map(row -> row[0].toString())
                .filter(column -> !column.equals("id")).toList();
        String list = String.join(", ", columns);
        long before = ((Number) entityManager.createNativeQuery("SELECT MAX(id) FROM claim").getSingleResult())
                .longValue();
        for (int i = 0; i < copies; i++) {
            entityManager.createNativeQuery("INSERT INTO claim (" + list + ") SELECT " + list
                    + " FROM claim WHERE id = ?1").setParameter(1, claimId).executeUpdate();
        }
        entityManager.createNativeQuery("INSERT INTO claim_entity (claim_id, entity_key) SELECT c.id, e.entity_key "
                + "FROM claim c JOIN claim_entity e ON e.claim_id = ?1 WHERE c.id > ?2")
                .setParameter(1, claimId).setParameter(2, before).executeUpdate();
        entityManager.createNativeQuery("INSERT INTO claim_signature (claim_id, band, bucket) SELECT c.id, s.band, "
                + "s.bucket FROM claim c JOIN claim_signature s ON s.claim_id = ?1 WHERE c.id > ?2")
                .setParameter(1, claimId).setParameter(2, before).executeUpdate();
    }
}
