package io.claimtracker.conflict;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.put;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Proves the second tier through the API on the real database and model: claims close in meaning by other speakers
 * are put forward beside each other with a reason, an editor raises one to an open flag or waves one off (both
 * audited), a raised flag and a waved-off pair hold through re-checks and an admin's rescan until a claim changes,
 * and a pair waiting for a date is shown as "dates needed" until the date is supplied.
 */
@QuarkusTest
class WorthALookApiTest {

    private static Map<String, Object> claim(String speaker, String exact, String statement, String topic) {
        Map<String, Object> body = new HashMap<>();
        body.put("speaker", Map.of("name", speaker));
        body.put("quote", Map.of("exact", exact));
        body.put("statement", statement);
        body.put("topic", topic);
        return body;
    }

    private static JsonPath attach(long articleId, Map<String, Object> claim) {
        return post("/api/articles/" + articleId + "/claims", claim).statusCode(201).extract().jsonPath();
    }

    private static List<Map<String, Object>> itemsWith(long claimId, long otherId) {
        return get("/api/claims/" + claimId + "/worth-a-look").statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.claim.id == " + otherId + " }");
    }

    /** Two paraphrases by different speakers: no rule or model flags them, but they are close in meaning. */
    private record Pair(long first, long second, JsonPath secondCreated, String topic) {
    }

    private static Pair paraphrases() {
        String topic = unique("Ferry service");
        long articleId = article(unique("Ferry"), "The ferry company will add two night crossings to the island "
                + "route from next spring. Two extra night sailings to the island are planned for next spring.",
                "2016-03-02");
        long first = attach(articleId, claim(unique("Operator"), "The ferry company will add two night crossings "
                + "to the island route from next spring", "The ferry company will add two night crossings to the "
                + "island route from next spring.", topic)).getLong("id");
        JsonPath second = attach(articleId, claim(unique("Harbour master"), "Two extra night sailings to the "
                + "island are planned for next spring", "Two extra night sailings to the island are planned for next "
                + "spring.", topic));
        return new Pair(first, second.getLong("id"), second, topic);
    }

    @Test
    void closeClaimsByOtherSpeakersAreWorthALookFromBothSidesWithAReasonNamingBoth() {
        Pair pair = paraphrases();
        assertThat(pair.secondCreated().getList("conflicts")).isEmpty();

        List<Map<String, Object>> fromSecond = itemsWith(pair.second(), pair.first());
        List<Map<String, Object>> fromFirst = itemsWith(pair.first(), pair.second());
        assertThat(fromSecond).hasSize(1);
        assertThat(fromFirst).hasSize(1);
        Map<String, Object> item = fromSecond.get(0);
        assertThat(item.get("id")).isEqualTo(fromFirst.get(0).get("id"));
        assertThat(item.get("status")).isEqualTo("shown");
        assertThat(((Number) item.get("score")).doubleValue()).isBetween(0.5, 1.0);
        assertThat((String) item.get("reason")).startsWith("Operator").contains("says “The ferry company will add two "
                + "night crossings to the island route from next spring”; Harbour master").contains("close in meaning");
        assertThat(((Map<?, ?>) item.get("claim")).get("statement")).isEqualTo("The ferry company will add two night "
                + "crossings to the island route from next spring.");
    }

    @Test
    void raisingOpensAFlagThatARescanKeepsAndBothRecordsAreAudited() throws InterruptedException {
        Pair pair = paraphrases();
        Map<String, Object> item = itemsWith(pair.second(), pair.first()).get(0);
        long id = ((Number) item.get("id")).longValue();

        JsonPath raised = post("/api/worth-a-look/" + id + "/raise", Map.of("version", item.get("version")))
                .statusCode(200).body("status", equalTo("raised")).extract().jsonPath();
        long flagId = raised.getLong("conflictId");
        get("/api/conflicts/" + flagId).statusCode(200).body("status", equalTo("OPEN"))
                .body("kind", equalTo("CONTRADICTION"));
        assertThat(get("/api/conflicts/" + flagId).extract().jsonPath().getString("explanation"))
                .startsWith("Raised by ").contains("from worth a look");
        assertThat(itemsWith(pair.second(), pair.first())).isEmpty();
        assertThat(get("/api/audit?entity=possible_conflict&id=" + id).extract().jsonPath().getList("items.action"))
                .containsExactly("raised");
        assertThat(get("/api/audit?entity=conflict&id=" + flagId).extract().jsonPath().getList("items.action"))
                .containsExactly("created");

        post("/api/worth-a-look/" + id + "/raise", Map.of("version", item.get("version"))).statusCode(409)
                .contentType("application/problem+json");
        put("/api/claims/" + pair.second(), withVersion(pair, "Two extra night sailings to the island are planned for "
                + "next spring.")).statusCode(200);
        get("/api/conflicts/" + flagId).statusCode(200).body("status", equalTo("OPEN"));
        rescan();
        get("/api/conflicts/" + flagId).statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void aWavedOffPairStaysAwayThroughRechecksAndARescanUntilOneOfItsClaimsChanges() throws InterruptedException {
        Pair pair = paraphrases();
        Map<String, Object> item = itemsWith(pair.second(), pair.first()).get(0);
        long id = ((Number) item.get("id")).longValue();

        post("/api/worth-a-look/" + id + "/wave-off", Map.of("version", ((Number) item.get("version")).longValue() + 1))
                .statusCode(409).contentType("application/problem+json");
        post("/api/worth-a-look/" + id + "/wave-off", Map.of()).statusCode(422);
        post("/api/worth-a-look/" + id + "/wave-off", Map.of("version", item.get("version"))).statusCode(200)
                .body("status", equalTo("waved-off"));
        assertThat(itemsWith(pair.first(), pair.second())).isEmpty();
        assertThat(get("/api/audit?entity=possible_conflict&id=" + id).extract().jsonPath().getList("items.action"))
                .containsExactly("waved-off");

        JsonPath rechecked = put("/api/claims/" + pair.second(), withVersion(pair, "Two extra night sailings to the "
                + "island are planned for next spring.")).statusCode(200).extract().jsonPath();
        assertThat(rechecked.getList("conflicts")).isEmpty();
        assertThat(itemsWith(pair.first(), pair.second())).isEmpty();
        rescan();
        assertThat(itemsWith(pair.first(), pair.second())).isEmpty();
        assertThat(get("/api/conflicts?claim=" + pair.first()).extract().jsonPath()
                .getList("items.findAll { it.b.id == " + pair.second() + " || it.a.id == " + pair.second() + " }"))
                .isEmpty();

        put("/api/claims/" + pair.second(), withVersion(pair, rechecked.getLong("version"), "Two extra night sailings "
                + "to the island are planned for next spring, the harbour master said.")).statusCode(200);
        assertThat(itemsWith(pair.first(), pair.second())).hasSize(1);
    }

    @Test
    void aStageDifferenceWithoutDatesIsShownAsDatesNeededUntilBothArticlesAreDated() throws InterruptedException {
        String topic = unique("Port lease");
        long upbeat = article(unique("Undated upbeat"), "A deal on the port lease is close, the minister said.", null);
        long done = article(unique("Undated done"), "The deal on the port lease was signed, the company said.", null);
        long first = attach(upbeat, claim(unique("Minister"), "A deal on the port lease is close",
                "A deal on the port lease is close.", topic)).getLong("id");
        JsonPath second = attach(done, claim(unique("Company"), "The deal on the port lease was signed",
                "The deal on the port lease was signed.", topic));
        assertThat(second.getList("conflicts.findAll { it.status == 'open' }")).isEmpty();

        List<Map<String, Object>> items = itemsWith(second.getLong("id"), first);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("datesNeeded")).isEqualTo(true);
        assertThat((String) items.get(0).get("reason")).startsWith("Dates needed");

        date(upbeat, "2016-03-01");
        date(done, "2016-03-01");
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!itemsWith(first, second.getLong("id")).isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(itemsWith(first, second.getLong("id"))).isEmpty();
        assertThat(get("/api/conflicts?claim=" + first).extract().jsonPath()
                .getList("items.findAll { it.status == 'OPEN' }.kind")).containsExactly("DEAL_STAGE");
    }

    /** Runs an admin's rescan of every claim and waits for it to finish. */
    private static void rescan() throws InterruptedException {
        String location = post("/api/conflicts/rescans", "").statusCode(202).extract().header("Location");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        String status = "RUNNING";
        while (status.equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = get(location).statusCode(200).extract().jsonPath().getString("status");
        }
        assertThat(status).isEqualTo("DONE");
    }

    private static void date(long articleId, String day) {
        JsonPath read = get("/api/articles/" + articleId).extract().jsonPath();
        Map<String, Object> change = new HashMap<>();
        change.put("title", read.getString("title"));
        change.put("outlet", read.getString("outlet.name"));
        change.put("body", read.getString("body"));
        change.put("publishedAt", day);
        change.put("url", read.getString("url"));
        change.put("authors", read.getList("authors"));
        change.put("version", read.getLong("version"));
        put("/api/articles/" + articleId, change).statusCode(200);
    }

    private static Map<String, Object> withVersion(Pair pair, String statement) {
        return withVersion(pair, pair.secondCreated().getLong("version"), statement);
    }

    private static Map<String, Object> withVersion(Pair pair, long version, String statement) {
        Map<String, Object> body = claim(speakerOf(pair), "Two extra night sailings to the island are planned for next "
                + "spring", statement, pair.topic());
        body.put("version", version);
        return body;
    }

    private static String speakerOf(Pair pair) {
        return pair.secondCreated().getString("speaker.name");
    }
}
