package io.claimtracker.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: the review queue's first page, and the same queue filtered by topic, with
 * about 50,000 open flags in the database, timing the server's response. The claims and flags are written in bulk
 * with SQL (no detection runs). Run with
 * {@code ./mvnw test -Dtest=ReviewQueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbench.claims=N}
 * sets the claims seeded (flags are every pair among them: 320 claims give 51,040).
 */
@QuarkusTest
@TestProfile(ProductionSettings.class)
class ReviewQueueBenchmark {

    private static final int REQUESTS = 200;
    private static final int WARM_UP = 30;

    @Inject
    EntityManager entityManager;

    @Test
    void reviewQueueWithFiftyThousandOpenFlags() {
        int claims = Integer.getInteger("bench.claims", 320);
        long template = BulkSeed.templateClaim("Queue volume");
        long topicId = given().get("/api/claims/" + template).then().extract().jsonPath().getLong("topic.id");
        long seeded = QuarkusTransaction.requiringNew().call(() -> {
            BulkSeed.copies(entityManager, template, claims);
            return BulkSeed.flags(entityManager, template, Long.MAX_VALUE);
        });
        long open = given().get("/api/conflicts?status=OPEN&size=1").then().extract().jsonPath().getLong("total");

        double[] queue = ResponseTimes.of("/review", WARM_UP, REQUESTS);
        double[] byTopic = ResponseTimes.of("/review?topic=" + topicId, WARM_UP, REQUESTS);
        System.out.printf(Locale.ROOT, "%nReviewQueueBenchmark: %d claims seeded, %d open flags in the database, "
                        + "%d requests after %d warm-up%n  /review p50 %.1f ms, p95 %.1f ms%n"
                        + "  /review?topic= p50 %.1f ms, p95 %.1f ms%n%n", claims, open, REQUESTS, WARM_UP, queue[0],
                queue[1], byTopic[0], byTopic[1]);
        assertThat(seeded).isEqualTo((long) (claims + 1) * claims / 2);
    }
}
