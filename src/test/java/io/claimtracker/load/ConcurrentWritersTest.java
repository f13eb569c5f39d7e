package io.claimtracker.load;

import io.claimtracker.conflict.PendingDetection;
import io.claimtracker.support.LongArticles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that fifty editors writing at once (each an article of realistic length and four claims, ten stories
 * shared between them) get no server error, and that every claim acknowledged is stored exactly once and checked
 * for conflicts (by the check worker, or by the background retry for a check it could not take).
 */
@QuarkusTest
class ConcurrentWritersTest {

    private static final int WRITERS = 50;
    private static final int CLAIMS_EACH = 4;
    private static final String[][] STORIES = {
        {"The night ferry sailed at dawn", "The night ferry did not sail at dawn"},
        {"Turnout reached 40 per cent on Sunday", "Turnout reached 55 per cent on Sunday"},
        {"The border crossing reopened on Friday", "The border crossing stayed closed on Friday"},
        {"The council approved the budget", "The council rejected the budget"},
    };

    @Inject
    PendingDetection retry;

    @Inject
    EntityManager entityManager;

    @Test
    void fiftyEditorsWritingAtOnceGetNoServerErrorAndEveryClaimIsStoredOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Response>>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int number = writer;
            writers.add(pool.submit(() -> {
                start.await();
                return write(run, number);
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<List<Response>> writer : writers) {
            answers.addAll(writer.get());
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        pool.shutdown();

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses).as("no server error and nothing refused").containsOnly(201);
        List<Long> times = new ArrayList<>(answers.stream().map(Response::time).toList());
        Collections.sort(times);
        System.out.printf("%d writers, %d requests in %d s: p50 %d ms, p95 %d ms, max %d ms, %d checks deferred%n",
                WRITERS, answers.size(), seconds, times.get(times.size() / 2), times.get(times.size() * 95 / 100),
                times.get(times.size() - 1), answers.stream().filter(answer -> Boolean.TRUE.equals(answer.path("conflictCheckPending")))
                        .count());

        List<Long> acknowledged = answers.stream().filter(answer -> answer.path("quote") != null)
                .map(answer -> answer.jsonPath().getLong("id")).toList();
        assertThat(acknowledged).hasSize(WRITERS * CLAIMS_EACH).doesNotHaveDuplicates();
        assertThat(count("SELECT COUNT(*) FROM claim c JOIN topic t ON t.id = c.topic_id WHERE t.name LIKE ?1",
                "Load " + run + "%")).as("stored exactly once").isEqualTo(WRITERS * CLAIMS_EACH);

        long until = System.nanoTime() + 240_000_000_000L;
        while (pending(acknowledged) > 0 && System.nanoTime() < until) {
            retry.checkQueuedBefore(java.time.Instant.now().plusSeconds(1));
            Thread.sleep(200);
        }
        assertThat(pending(acknowledged)).as("every claim checked").isZero();
    }

    private List<Response> write(String run, int writer) {
        List<Response> answers = new ArrayList<>();
        String[] story = STORIES[writer % STORIES.length];
        String body = LongArticles.body(6_000) + "\n\n" + story[0] + ", a clerk said. " + story[1]
                + ", a sailor said.";
        Response article = given().contentType(ContentType.JSON).body(Map.of("title", "Load " + run + " " + writer,
                "outlet", "Load Ledger", "body", body)).post("/api/articles");
        answers.add(article);
        if (article.statusCode() != 201) {
            return answers;
        }
        long articleId = article.jsonPath().getLong("id");
        for (int claim = 0; claim < CLAIMS_EACH; claim++) {
            String exact = story[claim % 2];
            answers.add(given().contentType(ContentType.JSON).body(Map.of(
                    "speaker", Map.of("name", (claim % 2 == 0 ? "Clerk " : "Sailor ") + writer),
                    "quote", Map.of("exact", exact), "statement", exact + ".",
                    "topic", "Load " + run + " story " + (writer % 10))).post("/api/articles/" + articleId + "/claims"));
        }
        return answers;
    }

    private long pending(List<Long> claims) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM detection_queue WHERE claim_id IN (?1)").setParameter(1, claims)
                .getSingleResult()).longValue());
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
