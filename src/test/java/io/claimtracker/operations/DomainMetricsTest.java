package io.claimtracker.operations;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.total;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the domain metrics on /q/metrics: open flags by kind match the flags stored, the detection backlog is
 * reported, and detections, imports and failed sign-ins are counted as they happen.
 */
@QuarkusTest
class DomainMetricsTest {

    @Inject
    DomainMetrics metrics;

    private static double value(String scrape, String series) {
        double sum = 0;
        boolean found = false;
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(scrape);
        while (line.find()) {
            sum += Double.parseDouble(line.group(2));
            found = true;
        }
        assertThat(found).as(series + " is on /q/metrics").isTrue();
        return sum;
    }

    @Test
    void theMetricsFollowFlagsDetectionsImportsAndFailedSignIns() throws Exception {
        String topic = unique("Metrics");
        long articleId = article(unique("Metrics"), "The pier reopened. The pier did not reopen.", null);
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Pier master"),
                "quote", Map.of("exact", "The pier reopened."), "statement", "The pier reopened.", "topic", topic))
                .statusCode(201);
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Harbour pilot"),
                "quote", Map.of("exact", "The pier did not reopen."), "statement", "The pier did not reopen.",
                "topic", topic)).statusCode(201);
        given().auth().none().auth().preemptive().basic("nobody-" + unique("x"), "wrong password")
                .get("/api/account").then().statusCode(401);
        long job = post("/api/imports", Map.of("documents", List.of(Map.of("name", "a.txt", "content",
                "A headline for metrics\n\nThe ferry sailed at dawn, the captain said. " + unique("ref"))),
                "outlet", "Metrics Herald")).statusCode(202).extract().jsonPath().getLong("id");
        for (int wait = 0; wait < 100 && get("/api/imports/" + job).extract().jsonPath().getString("status")
                .equals("RUNNING"); wait++) {
            Thread.sleep(100);
        }
        metrics.refresh();

        String scrape = get("/q/metrics").statusCode(200).extract().asString();
        assertThat(value(scrape, "claimtracker_flags_open")).as("open flags, all kinds")
                .isEqualTo((double) total("/api/conflicts?status=OPEN"));
        assertThat(value(scrape, "claimtracker_detection_backlog")).isGreaterThanOrEqualTo(0);
        assertThat(value(scrape, "claimtracker_detection_backlog_oldest_seconds")).isGreaterThanOrEqualTo(0);
        assertThat(value(scrape, "claimtracker_detection_seconds_count")).isGreaterThanOrEqualTo(2);
        assertThat(value(scrape, "claimtracker_detection_judge_seconds_count")).isGreaterThanOrEqualTo(2);
        assertThat(value(scrape, "claimtracker_imports_total")).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "claimtracker_model_inference_seconds_count")).as("model calls").isGreaterThanOrEqualTo(2);
        assertThat(value(scrape, "claimtracker_model_inputs_total")).as("statements embedded, pairs read")
                .isGreaterThanOrEqualTo(2);
        assertThat(value(scrape, "claimtracker_detection_batch_count")).as("worker batches").isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "claimtracker_signin_failures_total")).isGreaterThanOrEqualTo(1);
    }
}
