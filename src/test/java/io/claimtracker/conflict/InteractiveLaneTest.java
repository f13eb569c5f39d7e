package io.claimtracker.conflict;

import io.claimtracker.claim.CheckLane;
import io.claimtracker.claim.SavePace;
import io.claimtracker.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the interactive lane: an account saving at an editor's pace has its claims checked ahead of bulk work that
 * was waiting before them, and an account saving faster than the allowance per minute has the rest checked as bulk.
 */
@QuarkusTest
class InteractiveLaneTest {

    private static final String PASSWORD = "interactive-lane-password";

    @Inject
    DetectionWorker worker;

    @Inject
    SavePace pace;

    @Test
    void savesBeyondTheAllowancePerMinuteAreBulkWork() {
        String script = unique("script");
        List<CheckLane> lanes = IntStream.range(0, 12).mapToObj(i -> pace.laneOfSave(script)).toList();

        assertThat(lanes.subList(0, 10)).as("the default allowance is 10 a minute").containsOnly(CheckLane.INTERACTIVE);
        assertThat(lanes.subList(10, 12)).containsOnly(CheckLane.BULK);
        assertThat(pace.laneOfSave(unique("editor"))).as("each account has its own pace")
                .isEqualTo(CheckLane.INTERACTIVE);
    }

    @Test
    void anEditorsClaimIsCheckedAndAnsweredWhileBulkChecksSavedBeforeItStillWait() throws InterruptedException {
        String topic = unique("Valley landslide");
        long articleId = article(unique("Landslide wire"), "Officials said 40 families left the valley after the "
                + "landslide in Łódź province.", "2016-09-19");
        List<Long> stored = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stored.add(post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Official "
                    + i % 4), "quote", Map.of("exact", "40 families left the valley"), "statement", (41 + i)
                    + " families left the valley after the landslide.", "topic", topic)).statusCode(201).extract()
                    .jsonPath().getLong("id"));
        }
        for (int round = 0; round < 15; round++) {
            stored.forEach(id -> worker.submit(id, CheckLane.BULK));
        }
        assertThat(worker.waiting(CheckLane.BULK)).as("bulk checks wait before the editor's claim").isPositive();

        String editor = Api.account("editor", PASSWORD);
        JsonPath answer = given().auth().preemptive().basic(editor, PASSWORD).contentType("application/json")
                .body(Map.of("speaker", Map.of("name", "Mayor Nowak"), "quote", Map.of("exact",
                        "40 families left the valley"), "statement", "Only 7 families left the valley after the "
                        + "landslide.", "topic", topic)).post("/api/articles/" + articleId + "/claims").then()
                .statusCode(201).extract().jsonPath();
        int bulkStillWaiting = worker.waiting(CheckLane.BULK);

        assertThat(answer.getBoolean("conflictCheckPending")).as("the editor's check ran at once").isFalse();
        assertThat(answer.getList("conflicts")).as("and its flags came back with the answer").isNotEmpty();
        assertThat(bulkStillWaiting).as("while bulk work saved before it still waited").isPositive();
        while (worker.waiting(CheckLane.BULK) > 0) {
            Thread.sleep(200);
        }
    }
}
