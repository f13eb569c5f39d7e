package io.claimtracker.operations;

import io.claimtracker.conflict.DetectionBacklog;
import io.claimtracker.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the detection backlog is counted exactly and at most a second late, with the age of the longest wait, on
 * the metrics endpoint and on the administrators' page, neither of which other roles can open.
 */
@QuarkusTest
class DetectionBacklogTest {

    @Inject
    DetectionBacklog backlog;

    @Inject
    EntityManager entityManager;

    @Test
    void theGaugesAndTheAdminPageCountEveryWaitingClaimWithinASecond() throws InterruptedException {
        long articleId = article(unique("Backlog"), "The bridge will reopen in May, the engineer said.", null);
        List<Long> claims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            claims.add(post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name",
                    unique("Engineer")), "quote", Map.of("exact", "The bridge will reopen in May"), "statement",
                    "The bridge will reopen in May.")).statusCode(201).extract().jsonPath().getLong("id"));
        }
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> claims.forEach(id -> entityManager.createNativeQuery(
                "INSERT INTO detection_queue (claim_id, queued_at) VALUES (?1, ?2)").setParameter(1, id)
                .setParameter(2, later).executeUpdate()));
        try {
            Thread.sleep(1100);
            String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
            long counted = count();

            assertThat((long) value(scrape, "claimtracker_detection_backlog")).as("the gauge, a second later")
                    .isEqualTo(counted).isGreaterThanOrEqualTo(5);
            String page = given().accept("text/html").get("/admin").then().statusCode(200).extract().asString();
            assertThat(page).contains(counted + " claims wait for their conflict check");

            Instant longAgo = Instant.now().minus(300, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS);
            Thread.sleep(1100);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "UPDATE detection_queue SET queued_at = ?1 WHERE claim_id = ?2").setParameter(1, longAgo)
                    .setParameter(2, claims.get(0)).executeUpdate());
            DetectionBacklog.State state = backlog.current();
            assertThat(state.oldestSeconds()).as("the longest wait").isBetween(300L, 330L);
            assertThat(given().accept("text/html").get("/admin/checks").then().statusCode(200).extract().asString())
                    .contains("the longest has waited <span id=\"checks-oldest\">5 min");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "DELETE FROM detection_queue WHERE claim_id IN (?1)").setParameter(1, claims).executeUpdate());
        }
    }

    @Test
    void onlyAdministratorsSeeTheAdminPageAndTheMetrics() {
        String editor = Api.account("editor", "backlog-editor-password");
        given().auth().preemptive().basic(editor, "backlog-editor-password").accept("text/html").get("/admin").then()
                .statusCode(403);
        given().auth().preemptive().basic(editor, "backlog-editor-password").get("/q/metrics").then()
                .statusCode(403);
        given().get("/q/metrics").then().statusCode(200);
        assertThat(given().accept("text/html").get("/admin").then().statusCode(200).extract().asString())
                .contains("<a href=\"/admin/users\">Accounts</a>", "<a href=\"/admin/desk\">");
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM detection_queue").getSingleResult()).longValue());
    }

    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(scrape);
        assertThat(line.find()).as(series + " is on /q/metrics").isTrue();
        return Double.parseDouble(line.group(2));
    }
}
