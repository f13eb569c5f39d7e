package io.claimtracker.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: an article with 300 claims (half of them in conflict), then the reader page
 * requested repeatedly, timing the server's response. Run with
 * {@code ./mvnw test -Dtest=ReaderPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(ProductionSettings.class)
class ReaderPageBenchmark {

    private static final int CLAIMS = 300;
    private static final int REQUESTS = 300;
    private static final int WARM_UP = 50;

    @Inject
    EntityManager entityManager;

    @Test
    void readerPageWithThreeHundredClaims() throws InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < CLAIMS; i++) {
            body.append("Source ").append(i).append(" said ").append(10 + i).append(" families left district ")
                    .append(i).append(". ");
        }
        long articleId = given().contentType("application/json").body(Map.of("title", "Three hundred claims",
                        "outlet", "Bench Herald", "publishedAt", "2016-09-19", "body", body.toString()))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int i = 0; i < CLAIMS; i++) {
            Map<String, Object> claim = new HashMap<>();
            claim.put("speaker", Map.of("name", "Source " + i));
            claim.put("quote", Map.of("exact", (10 + i) + " families left district " + i + "."));
            claim.put("statement", (10 + i) + " families left district " + (i / 2) + ".");
            claim.put("topic", "District " + (i / 2));
            given().contentType("application/json").body(claim).post("/api/articles/" + articleId + "/claims")
                    .then().statusCode(201);
        }
        while (queued(articleId) > 0) {
            Thread.sleep(100);
        }
        int length = given().get("/articles/" + articleId).then().statusCode(200).extract().asString().length();
        double[] times = ResponseTimes.of("/articles/" + articleId, WARM_UP, REQUESTS);
        long open = given().get("/api/conflicts?status=OPEN&size=1").then().extract().jsonPath().getLong("total");
        System.out.printf(Locale.ROOT, "%nReaderPageBenchmark: article with %d claims (%d open flags in the database), "
                        + "%d requests after %d warm-up, signed in, page %d characters%n  response time p50 %.1f ms, "
                        + "p95 %.1f ms%n%n", CLAIMS, open, REQUESTS, WARM_UP, length, times[0], times[1]);
        assertThat(length).isPositive();
    }

    private long queued(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM detection_queue q JOIN claim c ON c.id = q.claim_id WHERE c.article_id = ?1")
                .setParameter(1, articleId).getSingleResult()).longValue());
    }
}
