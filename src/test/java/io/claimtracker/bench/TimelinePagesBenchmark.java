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
 * Benchmark, not part of the suite: a topic timeline and a speaker page over 300 claims (each flagged with its
 * next three neighbours), timing the server's response. Claims and flags are written in bulk with SQL. Run with
 * {@code ./mvnw test -Dtest=TimelinePagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(ProductionSettings.class)
class TimelinePagesBenchmark {

    private static final int CLAIMS = 299;
    private static final int REQUESTS = 200;
    private static final int WARM_UP = 30;

    @Inject
    EntityManager entityManager;

    @Test
    void topicAndSpeakerPagesWithThreeHundredClaims() {
        long template = BulkSeed.templateClaim("Timeline volume");
        var claim = given().get("/api/claims/" + template).then().extract().jsonPath();
        long topicId = claim.getLong("topic.id");
        long speakerId = claim.getLong("speaker.id");
        int flags = QuarkusTransaction.requiringNew().call(() -> {
            BulkSeed.copies(entityManager, template, CLAIMS);
            return BulkSeed.flags(entityManager, template, 3);
        });
        double[] topic = ResponseTimes.of("/topics/" + topicId, WARM_UP, REQUESTS);
        double[] speaker = ResponseTimes.of("/speakers/" + speakerId, WARM_UP, REQUESTS);
        System.out.printf(Locale.ROOT, "%nTimelinePagesBenchmark: %d claims in one topic by one speaker, %d open flags "
                        + "among them, %d requests after %d warm-up%n  /topics/{id} p50 %.1f ms, p95 %.1f ms%n"
                        + "  /speakers/{id} p50 %.1f ms, p95 %.1f ms%n%n", CLAIMS + 1, flags, REQUESTS, WARM_UP,
                topic[0], topic[1], speaker[0], speaker[1]);
        assertThat(flags).isPositive();
    }
}
