package io.claimtracker.bench;

import io.claimtracker.support.LongArticles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: an article of realistic length with 300 claims on one topic, then its date
 * corrected, timed until every claim's conflict check has run again in the background. Run with
 * {@code ./mvnw test -Dtest=RedateBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class RedateBenchmark {

    private static final int CLAIMS = 300;

    @Inject
    EntityManager entityManager;

    @Test
    void correctingTheDateOfAnArticleWithThreeHundredClaims() throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder body = new StringBuilder(LongArticles.body(4_000)).append("\n\n");
        for (int i = 0; i < CLAIMS; i++) {
            body.append("Official ").append(i).append(" said ").append(20 + i).append(" families returned to district ")
                    .append(i).append(" yesterday. ");
        }
        long id = given().contentType("application/json").body(Map.of("title", "Redate " + run, "outlet",
                "Bench Ledger", "publishedAt", "2016-09-17", "body", body.toString())).post("/api/articles").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        for (int i = 0; i < CLAIMS; i++) {
            given().contentType("application/json").body(Map.of("speaker", Map.of("name", "Official " + i),
                    "quote", Map.of("exact", (20 + i) + " families returned to district " + i + " yesterday"),
                    "statement", (20 + i) + " families returned to district " + i + " yesterday.",
                    "topic", "Redate " + run)).post("/api/articles/" + id + "/claims").then().statusCode(201);
        }
        JsonPath article = given().get("/api/articles/" + id).then().extract().jsonPath();
        Map<String, Object> change = new HashMap<>();
        for (String field : List.of("title", "body", "url", "language")) {
            change.put(field, article.getString(field));
        }
        change.put("outlet", article.getString("outlet.name"));
        change.put("authors", article.getList("authors"));
        change.put("publishedAt", "2016-09-20");
        change.put("version", article.getLong("version"));
        long started = System.nanoTime();
        given().contentType("application/json").body(change).put("/api/articles/" + id).then().statusCode(200);
        double answered = (System.nanoTime() - started) / 1e6;
        long waiting;
        do {
            Thread.sleep(100);
            waiting = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "SELECT COUNT(*) FROM detection_queue q JOIN claim c ON c.id = q.claim_id WHERE c.article_id = ?1")
                    .setParameter(1, id).getSingleResult()).longValue());
        } while (waiting > 0);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("RedateBenchmark: %d claims, correction answered in %.0f ms, every claim checked again "
                + "%.1f s after the correction (%.0f ms per claim)%n", CLAIMS, answered, seconds,
                seconds * 1000 / CLAIMS);
        assertThat(waiting).isZero();
    }
}
