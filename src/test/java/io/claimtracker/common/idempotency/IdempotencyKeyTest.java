package io.claimtracker.common.idempotency;

import io.claimtracker.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a POST retried with the same Idempotency-Key creates one record and answers the repeat with the
 * first result (articles, claims, imports and decisions, also when the copies arrive together), that a failed
 * first attempt leaves the key free, and that a key cannot be reused for another request.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private static Response send(String key, String path, Object body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post(path);
    }

    @Test
    void aRetriedArticleIsStoredOnceAndTheRepeatGetsTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String title = unique("Retried article");
        Map<String, Object> article = Map.of("title", title, "outlet", "Retry Review", "body", "The bridge reopened.");
        Response first = send(key, "/api/articles", article);
        Response repeat = send(key, "/api/articles", article);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.jsonPath().getLong("id")).isEqualTo(first.jsonPath().getLong("id"));
        assertThat(get("/api/articles?q=" + title).extract().jsonPath().getLong("total")).isEqualTo(1);

        send(key, "/api/imports", Map.of("outlet", "Retry Review", "documents", List.of())).then().statusCode(422);
    }

    @Test
    void aKeySentAgainWithAnotherBodyIsRefusedAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        String title = unique("Keyed article");
        String other = unique("Other article");
        send(key, "/api/articles", Map.of("title", title, "outlet", "Retry Review", "body", "The bridge reopened."))
                .then().statusCode(201);

        send(key, "/api/articles", Map.of("title", other, "outlet", "Retry Review", "body", "The bridge closed."))
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.equalTo("Idempotency-Key reused"));
        assertThat(get("/api/articles?q=" + other).extract().jsonPath().getLong("total")).isZero();
        assertThat(get("/api/articles?q=" + title).extract().jsonPath().getLong("total")).isEqualTo(1);
    }

    @Test
    void copiesOfAClaimSentTogetherCreateOneClaim() throws Exception {
        long articleId = article(unique("Concurrent retries"), "The ferry resumed service on Tuesday.", null);
        String key = UUID.randomUUID().toString();
        Map<String, Object> claim = Map.of("speaker", Map.of("name", "Harbour master"),
                "quote", Map.of("exact", "The ferry resumed service on Tuesday"), "statement", "The ferry runs again.");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> send(key, "/api/articles/" + articleId + "/claims", claim)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            statuses.add(answer.get().statusCode());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409).contains(201);
        assertThat(get("/api/articles/" + articleId).extract().jsonPath().getList("claims")).hasSize(1);
        Response settled = send(key, "/api/articles/" + articleId + "/claims", claim);
        assertThat(settled.statusCode()).isEqualTo(201);
        assertThat(settled.header("Idempotency-Replayed")).isEqualTo("true");
    }

    @Test
    void aFailedFirstAttemptLeavesTheKeyFreeAndOtherAccountsHaveTheirOwnKeys() {
        String key = UUID.randomUUID().toString();
        String title = unique("Second try");
        send(key, "/api/articles", Map.of("title", title)).then().statusCode(422);
        send(key, "/api/articles", Map.of("title", title, "outlet", "Retry Review", "body", "Text."))
                .then().statusCode(201).header("Idempotency-Replayed", (String) null);

        String editor = Api.account("editor", "correct horse battery");
        given().auth().preemptive().basic(editor, "correct horse battery").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("title", title, "outlet", "Retry Review", "body", "Text."))
                .post("/api/articles").then().statusCode(201).header("Idempotency-Replayed", (String) null);
        assertThat(get("/api/articles?q=" + title).extract().jsonPath().getLong("total")).isEqualTo(2);

        send("not a valid key \u00e9", "/api/articles", Map.of()).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aRetriedDecisionIsRecordedOnce() {
        String topic = unique("Retry decisions");
        long articleId = article(unique("Decision retries"), "The crossing was opened. The crossing was closed.", null);
        Api.post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Governor"),
                "quote", Map.of("exact", "The crossing was opened"), "statement", "The crossing was opened.",
                "topic", topic)).statusCode(201);
        long flagId = Api.post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Army"),
                "quote", Map.of("exact", "The crossing was closed"), "statement", "The crossing was closed.",
                "topic", topic)).statusCode(201).extract().jsonPath().getLong("conflicts[0].id");
        String key = UUID.randomUUID().toString();
        Map<String, Object> confirm = Map.of("action", "CONFIRM", "version",
                get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version"));
        send(key, "/api/conflicts/" + flagId + "/decisions", confirm).then().statusCode(200);
        send(key, "/api/conflicts/" + flagId + "/decisions", confirm).then().statusCode(200)
                .header("Idempotency-Replayed", "true");
        assertThat(get("/api/conflicts/" + flagId + "/decisions").extract().jsonPath().getList("$")).hasSize(1);
    }
}
