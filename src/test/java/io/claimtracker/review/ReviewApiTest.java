package io.claimtracker.review;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.put;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Proves reviewers' rulings are recorded with who and when, validated, kept as history and reversible. */
@QuarkusTest
class ReviewApiTest {

    /** Two conflicting claims on a fresh topic; returns the flag id and the second claim's id. */
    private static long[] flag() {
        String topic = unique("Review");
        long articleId = article(unique("Review"), "The crossing was opened. The crossing was closed. Traffic moved.", null);
        long first = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Governor"),
                "quote", Map.of("exact", "The crossing was opened"), "statement", "The crossing was opened.",
                "topic", topic)).statusCode(201).extract().jsonPath().getLong("id");
        JsonPath second = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Army"),
                "quote", Map.of("exact", "The crossing was closed"), "statement", "The crossing was closed.",
                "topic", topic)).statusCode(201).extract().jsonPath();
        return new long[] {second.getLong("conflicts.find { it.otherClaimId == " + first + " }.id"),
                second.getLong("id"), articleId};
    }

    private static Map<String, Object> decision(String action, String reason, String note, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("version", version);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    private static long version(long flagId) {
        return get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version");
    }

    /**
     * Proves that reviewers ruling on one flag at the same moment, all from the version they read, get one 200 and
     * otherwise 409 with a message — never 500 — and that one ruling is stored.
     */
    @Test
    void simultaneousRulingsOnOneFlagStoreOneAndAnswerTheRest409() throws Exception {
        long flagId = flag()[0];
        long version = version(flagId);
        java.util.concurrent.ExecutorService reviewers = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(reviewers.submit(() -> io.restassured.RestAssured.given().contentType("application/json")
                    .body(decision("CONFIRM", null, null, version)).post("/api/conflicts/" + flagId + "/decisions")));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            io.restassured.response.Response response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                org.assertj.core.api.Assertions.assertThat(response.jsonPath().getString("detail")).isNotBlank();
            }
        }
        reviewers.shutdown();
        org.assertj.core.api.Assertions.assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        get("/api/conflicts/" + flagId + "/decisions").statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void dismissReopenAndConfirmAreRecordedWithWhoAndWhenAndKeptAsHistory() {
        long[] ids = flag();
        long flagId = ids[0];
        post("/api/conflicts/" + flagId + "/decisions", decision("DISMISS", "DIFFERENT_EVENTS", null, version(flagId)))
                .statusCode(200)
                .body("status", equalTo("DISMISSED"))
                .body("dismissReason", equalTo("DIFFERENT_EVENTS"))
                .body("decidedBy", equalTo("admin"))
                .body("decidedAt", notNullValue());
        post("/api/conflicts/" + flagId + "/decisions", decision("REOPEN", null, null, version(flagId)))
                .statusCode(200).body("status", equalTo("OPEN")).body("decidedBy", nullValue());
        post("/api/conflicts/" + flagId + "/decisions", decision("CONFIRM", null, null, version(flagId)))
                .statusCode(200).body("status", equalTo("CONFIRMED"));

        get("/api/conflicts/" + flagId + "/decisions").statusCode(200)
                .body("action", equalTo(List.of("DISMISS", "REOPEN", "CONFIRM")))
                .body("[0].reason", equalTo("DIFFERENT_EVENTS"))
                .body("decidedBy", equalTo(List.of("admin", "admin", "admin")));
        assertThat(get("/api/conflicts?status=CONFIRMED&claim=" + ids[1]).extract().jsonPath().getLong("total"))
                .isEqualTo(1);
    }

    @Test
    void resolvingNeedsANoteAndDismissingNeedsAReason() {
        long flagId = flag()[0];
        long version = version(flagId);
        post("/api/conflicts/" + flagId + "/decisions", decision("RESOLVE", null, null, version)).statusCode(422)
                .body("errors.field", equalTo(List.of("note")));
        post("/api/conflicts/" + flagId + "/decisions", decision("DISMISS", null, null, version)).statusCode(422)
                .body("errors.field", equalTo(List.of("reason")));
        post("/api/conflicts/" + flagId + "/decisions", decision("DISMISS", "OTHER", " ", version)).statusCode(422)
                .body("errors.field", equalTo(List.of("note")));
        post("/api/conflicts/" + flagId + "/decisions", decision("DISMISS", "SIDEWAYS", null, version)).statusCode(400);
        post("/api/conflicts/" + flagId + "/decisions", Map.of("action", "CONFIRM")).statusCode(422)
                .body("errors.field", equalTo(List.of("version")));
        get("/api/conflicts/" + flagId).body("status", equalTo("OPEN"));

        post("/api/conflicts/" + flagId + "/decisions", decision("RESOLVE", null, "Pentagon later confirmed talks", version))
                .statusCode(200).body("status", equalTo("RESOLVED"))
                .body("decisionNote", equalTo("Pentagon later confirmed talks"));
    }

    @Test
    void staleVersionsAndImpossibleTransitionsAre409AndChangeNothing() {
        long flagId = flag()[0];
        long version = version(flagId);
        post("/api/conflicts/" + flagId + "/decisions", decision("CONFIRM", null, null, version)).statusCode(200);

        post("/api/conflicts/" + flagId + "/decisions", decision("DISMISS", "PARAPHRASE", null, version)).statusCode(409)
                .body("current.status", equalTo("CONFIRMED"));
        post("/api/conflicts/" + flagId + "/decisions", decision("CONFIRM", null, null, version(flagId))).statusCode(409)
                .body("detail", containsString("CONFIRMED"));
        post("/api/conflicts/987654321/decisions", decision("CONFIRM", null, null, 0)).statusCode(404);
        assertThat(get("/api/conflicts/" + flagId + "/decisions").extract().jsonPath().getList("action")).hasSize(1);
    }

    @Test
    void aReopenedFlagKeepsItsHistoryWhenItsClaimNoLongerConflicts() {
        long[] ids = flag();
        long flagId = ids[0];
        post("/api/conflicts/" + flagId + "/decisions", decision("CONFIRM", null, null, version(flagId))).statusCode(200);
        post("/api/conflicts/" + flagId + "/decisions", decision("REOPEN", null, null, version(flagId))).statusCode(200);
        long claimVersion = get("/api/claims/" + ids[1]).extract().jsonPath().getLong("version");

        put("/api/claims/" + ids[1], Map.of("speaker", Map.of("name", "Army"), "quote", Map.of("exact", "Traffic moved"),
                "statement", "Traffic moved.", "version", claimVersion)).statusCode(200);
        get("/api/conflicts/" + flagId).statusCode(200);
        given().delete("/api/claims/" + ids[1]).then().statusCode(409);
    }
}
