package io.claimtracker.conflict;

import io.claimtracker.claim.DetectionQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves, with the answer wait at zero and the background retry out of the way, that saving a claim answers before
 * its check, that the worker stores the check's flags on its own, several claims at a time, flagging every
 * conflicting pair once, and that the article page's notice says the check is running until it is stored.
 */
@QuarkusTest
@TestProfile(CheckOffRequestTest.AnswerAtOnce.class)
class CheckOffRequestTest {

    /** Claims answered without waiting for their check; the retry job runs only once an hour. */
    public static class AnswerAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.detection.answer-wait", "PT0S", "tracker.detection.retry-every", "1h");
        }
    }

    private static final String SAILED = "The night ferry sailed at dawn.";
    private static final String DID_NOT = "The night ferry did not sail at dawn.";

    @Inject
    EntityManager entityManager;

    @Inject
    DetectionQueue queue;

    @Inject
    PendingDetection retry;

    @Inject
    MeterRegistry metrics;

    @Test
    void claimsPostedTogetherAreAnsweredAtOnceAndCheckedInBatchesWithEachConflictingPairFlaggedOnce()
            throws Exception {
        String topic = unique("Batched");
        long articleId = article(unique("Batched"), SAILED + " " + DID_NOT, null);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String statement = i % 2 == 0 ? SAILED : DID_NOT;
            int speaker = i;
            answers.add(clients.submit(() -> post("/api/articles/" + articleId + "/claims", Map.of(
                    "speaker", Map.of("name", "Witness " + speaker), "quote", Map.of("exact", statement),
                    "statement", statement, "topic", topic)).extract().response()));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.jsonPath().getBoolean("conflictCheckPending")).as("answered before the check").isTrue();
            ids.add(response.jsonPath().getLong("id"));
        }
        clients.shutdown();

        waitUntilChecked(ids);

        assertThat(count("SELECT COUNT(*) FROM conflict WHERE claim_a_id IN (?1) AND claim_b_id IN (?1)", ids))
                .as("every sailed/did-not pair flagged once, no agreeing pair flagged").isEqualTo(12 * 12);
        assertThat(metrics.summary("claimtracker.detection.batch").max()).as("checks taken together").isGreaterThan(1);
    }

    @Test
    void theArticlePageSaysACheckIsRunningAndItsNoticeShowsTheFlagOnceStored() {
        String topic = unique("Notice");
        long articleId = article(unique("Notice"), SAILED + " " + DID_NOT, null);
        long first = claim(articleId, "Harbour clerk", SAILED, topic);
        long second = claim(articleId, "Deckhand", DID_NOT, topic);
        waitUntilChecked(List.of(first, second));
        assertThat(page(articleId, second)).contains("takes part in").contains("Deckhand denies what Harbour clerk asserts").doesNotContain("hx-get=\"/articles/"
                + articleId + "/added/");

        QuarkusTransaction.requiringNew().run(() -> queue.enqueue(second));
        String pending = given().get("/articles/" + articleId + "?added=" + second).then().statusCode(200).extract()
                .asString();
        assertThat(pending).contains("still running").contains("hx-get=\"/articles/" + articleId + "/added/" + second);

        retry.checkQueuedBefore(java.time.Instant.now().plusSeconds(1));
        assertThat(page(articleId, second)).contains("takes part in").contains("Deckhand denies what Harbour clerk asserts").doesNotContain("still running");
    }

    private static String page(long articleId, long claimId) {
        return given().get("/articles/" + articleId + "/added/" + claimId).then().statusCode(200).extract().asString();
    }

    private static long claim(long articleId, String speaker, String statement, String topic) {
        return post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", speaker),
                "quote", Map.of("exact", statement), "statement", statement, "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private void waitUntilChecked(List<Long> ids) {
        long until = System.nanoTime() + 90_000_000_000L;
        while (count("SELECT COUNT(*) FROM detection_queue WHERE claim_id IN (?1)", ids) > 0) {
            assertThat(System.nanoTime()).as("the worker checks every claim without the retry").isLessThan(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private long count(String sql, List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, ids).getSingleResult()).longValue());
    }
}
