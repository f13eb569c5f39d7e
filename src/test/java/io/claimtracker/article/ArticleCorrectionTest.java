package io.claimtracker.article;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Proves an article can be corrected through the API with optimistic locking (a stale version gets 409 with what
 * changed), that a corrected text re-anchors its claims or is refused naming the claims whose words are gone,
 * that a corrected date moves the claims that took it and re-runs their conflict checks, and that an article is
 * deleted with its claims unless one of its flags was ruled on.
 */
@QuarkusTest
class ArticleCorrectionTest {

    private static Map<String, Object> change(JsonPath article, String field, Object value) {
        Map<String, Object> change = new HashMap<>();
        change.put("title", article.getString("title"));
        change.put("outlet", article.getString("outlet.name"));
        change.put("body", article.getString("body"));
        change.put("publishedAt", article.getString("publishedAt"));
        change.put("url", article.getString("url"));
        change.put("authors", article.getList("authors"));
        change.put("version", article.getLong("version"));
        change.put(field, value);
        return change;
    }

    private static long claim(long articleId, String speaker, String exact, String topic) {
        return post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", speaker),
                "quote", Map.of("exact", exact), "statement", exact + ".", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void fieldsAreCorrectedWithTheVersionReadAndAStaleCorrectionShowsWhatChanged() {
        long id = article(unique("Misfiled"), "The harbour reopened on Monday, officials said.", "2016-09-12");
        JsonPath read = get("/api/articles/" + id).extract().jsonPath();
        put("/api/articles/" + id, change(read, "outlet", "Corrected Courier")).statusCode(200)
                .body("outlet.name", equalTo("Corrected Courier")).body("version", equalTo(1));
        put("/api/articles/" + id, change(read, "title", "A late correction")).statusCode(409)
                .contentType("application/problem+json").body("current.outlet.name", equalTo("Corrected Courier"))
                .body("changesSince[0].changes.field", org.hamcrest.Matchers.hasItem("outlet"));
        Map<String, Object> withoutVersion = change(read, "version", null);
        put("/api/articles/" + id, withoutVersion).statusCode(422).body("errors[0].field", equalTo("version"));
        assertThat(get("/api/audit?entity=article&id=" + id).extract().jsonPath().getList("items.action"))
                .containsExactly("created", "updated");
    }

    @Test
    void aCorrectedTextReanchorsTheClaimsOrIsRefusedNamingTheClaimsWhoseWordsAreGone() {
        String topic = unique("Anchors");
        long id = article(unique("Anchors"), "The ferry sailed at dawn. The crew was rested.", "2016-09-12");
        long claimId = claim(id, "Harbour clerk", "The ferry sailed at dawn", topic);
        JsonPath read = get("/api/articles/" + id).extract().jsonPath();

        put("/api/articles/" + id, change(read, "body", "Update: times corrected. The ferry sailed at dawn. "
                + "The crew was rested.")).statusCode(200).body("version", equalTo(read.getInt("version") + 1));
        JsonPath moved = get("/api/claims/" + claimId).extract().jsonPath();
        assertThat(moved.getInt("quote.start")).isEqualTo("Update: times corrected. ".length());
        assertThat(moved.getString("quote.exact")).isEqualTo("The ferry sailed at dawn");

        JsonPath now = get("/api/articles/" + id).extract().jsonPath();
        put("/api/articles/" + id, change(now, "body", "The crew was rested.")).statusCode(409)
                .body("title", equalTo("Quotes no longer in the text")).body("detail", containsString("#" + claimId))
                .body("errors", org.hamcrest.Matchers.nullValue());
        get("/api/articles/" + id).body("version", equalTo(now.getInt("version")))
                .body("body", containsString("The ferry sailed at dawn"));
    }

    @Test
    void aCorrectedDateMovesTheClaimsThatTookItAndTheirConflictsAreCheckedAgain() throws InterruptedException {
        String topic = unique("Redated talks");
        long early = article(unique("Talks report"), "The talks began yesterday, a delegate said.", "2016-09-17");
        long later = article(unique("Talks wire"), "The talks began on Friday, an envoy said.", "2016-09-17");
        long first = claim(early, "Delegate", "The talks began yesterday", topic);
        claim(later, "Envoy", "The talks began on Friday", topic);
        assertThat(get("/api/conflicts?claim=" + first).extract().jsonPath().getList("items")).isEmpty();

        JsonPath read = get("/api/articles/" + early).extract().jsonPath();
        put("/api/articles/" + early, change(read, "publishedAt", "2016-09-21")).statusCode(200)
                .body("version", equalTo(read.getInt("version") + 1));
        assertThat(get("/api/claims/" + first).extract().jsonPath().getString("saidOn")).isEqualTo("2016-09-21");
        List<Object> flags = List.of();
        for (int wait = 0; wait < 100 && flags.isEmpty(); wait++) {
            Thread.sleep(200);
            flags = get("/api/conflicts?claim=" + first).extract().jsonPath().getList("items.kind");
        }
        assertThat(flags).as("the re-dated claim now puts the talks on another day").containsExactly("TEMPORAL");
    }

    @Test
    void anArticleIsDeletedWithItsClaimsUnlessOneOfItsFlagsWasRuledOn() {
        String topic = unique("Deleted");
        long gone = article(unique("Wrong paste"), "The bridge opened. The bridge stayed shut.", null);
        long claimId = claim(gone, "Mayor", "The bridge opened", topic);
        given().delete("/api/articles/" + gone).then().statusCode(204);
        get("/api/articles/" + gone).statusCode(404);
        get("/api/claims/" + claimId).statusCode(404);

        long kept = article(unique("Ruled"), "The crossing was opened. The crossing was closed.", null);
        claim(kept, "Governor", "The crossing was opened", topic + " kept");
        long flagId = post("/api/articles/" + kept + "/claims", Map.of("speaker", Map.of("name", "Army"),
                "quote", Map.of("exact", "The crossing was closed"), "statement", "The crossing was closed.",
                "topic", topic + " kept")).statusCode(201).extract().jsonPath().getLong("conflicts[0].id");
        post("/api/conflicts/" + flagId + "/decisions", Map.of("action", "CONFIRM", "version",
                get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version"))).statusCode(200);
        given().delete("/api/articles/" + kept).then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Article has reviewed conflicts"));
        get("/api/articles/" + kept).statusCode(200).body("claims.size()", equalTo(2));
    }

    /**
     * Proves claims on a sentence the article repeats word for word (same words, same context) keep their own
     * occurrence when text is added elsewhere, instead of the correction being refused as ambiguous.
     */
    @Test
    void claimsOnARepeatedSentenceKeepTheirOwnOccurrenceWhenTextIsAddedElsewhere() {
        String sentence = "Die Fähre über den Fluss fährt wieder, sagte die Hafenmeisterin. ";
        String text = sentence.repeat(50);
        long id = article(unique("Repeated"), text, "2016-09-12");
        int length = sentence.codePointCount(0, sentence.length());
        String exact = "Die Fähre über den Fluss fährt wieder";
        long[] claims = new long[2];
        int[] occurrences = {10, 40};
        for (int i = 0; i < 2; i++) {
            int start = occurrences[i] * length;
            claims[i] = post("/api/articles/" + id + "/claims", Map.of("speaker", Map.of("name", "Hafenmeisterin"),
                    "quote", Map.of("exact", exact, "start", start, "end", start + exact.codePointCount(0,
                            exact.length())), "statement", "The ferry runs again.")).statusCode(201)
                    .extract().jsonPath().getLong("id");
        }
        JsonPath read = get("/api/articles/" + id).extract().jsonPath();
        String added = "Nachtrag: Fahrplan korrigiert. ";
        put("/api/articles/" + id, change(read, "body", added + text)).statusCode(200);
        for (int i = 0; i < 2; i++) {
            assertThat(get("/api/claims/" + claims[i]).extract().jsonPath().getInt("quote.start"))
                    .isEqualTo(added.length() + occurrences[i] * length);
        }
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }
}
