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
}
