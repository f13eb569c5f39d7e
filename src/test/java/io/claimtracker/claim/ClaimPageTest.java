package io.claimtracker.claim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Proves the claim page shows the quote in context, a copyable citation and the claim's conflicts, escaped. */
@QuarkusTest
class ClaimPageTest {

    @Test
    void claimPageShowsContextCitationAndConflicts() {
        String topic = unique("Claim page");
        long articleId = article(unique("Claim page"), "Officials said the <gate> was opened. Guards said the <gate> was closed.", "2016-09-19");
        long first = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Officials"),
                "quote", Map.of("exact", "the <gate> was opened"), "statement", "The gate was opened.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");
        long second = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Guards"),
                "quote", Map.of("exact", "the <gate> was closed"), "statement", "The gate was closed.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");

        String page = get("/claims/" + second).statusCode(200).extract().asString();
        assertThat(page).contains("<mark>the &lt;gate&gt; was closed</mark>", "Guards: “the &lt;gate&gt; was closed”",
                "<label for=\"citation\">", "href=\"/claims/" + first + "\"", "opposed action")
                .doesNotContain("<gate>");
    }

    @Test
    void claimWithoutConflictsSaysSoAndUnknownClaimIs404() {
        long articleId = article(unique("Lonely"), "A lonely statement stands here.", null);
        long id = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Nobody"),
                "quote", Map.of("exact", "A lonely statement"), "statement", "Lonely.")).statusCode(201)
                .extract().jsonPath().getLong("id");

        assertThat(get("/claims/" + id).statusCode(200).extract().asString())
                .contains("This claim conflicts with no stored claim.");
        get("/claims/987654321").statusCode(404);
    }

    @Test
    void claimPageShowsEditHistoryWithOldAndNewValuesEscaped() {
        long articleId = article(unique("History"), "The dam holds <b>firm</b> this spring.", null);
        long id = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Dam keeper"),
                "quote", Map.of("exact", "holds <b>firm</b>"), "statement", "The dam holds.")).statusCode(201)
                .extract().jsonPath().getLong("id");
        io.claimtracker.support.Api.put("/api/claims/" + id, Map.of("speaker", Map.of("name", "Dam keeper"),
                "quote", Map.of("exact", "holds <b>firm</b>"), "statement", "The dam holds <i>firm</i>.",
                "version", 0)).statusCode(200);

        String page = get("/claims/" + id).statusCode(200).extract().asString();
        assertThat(page).contains("<h2 id=\"history-heading\">History</h2>", "<strong>created</strong>",
                "<strong>updated</strong>", "via api", "<span class=\"field\">statement</span>: <del>The dam holds.</del>",
                "<ins>The dam holds &lt;i&gt;firm&lt;/i&gt;.</ins>", "data-copy=\"citation\"")
                .doesNotContain("<i>firm</i>");
    }

    private static io.restassured.response.Response editForm(long id, String statement, long version) {
        return io.restassured.RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("speaker", "Lock keeper", "role", "keeper", "statement", statement,
                        "saidOn", "2024-05-01", "topic", "", "proposition", "", "stance", "", "version", version))
                .post("/claims/" + id);
    }

    @Test
    void editFormSavesAndAStaleEditShowsWhatChangedAndKeepsWhatWasTyped() {
        long articleId = article(unique("Lock"), "The canal lock reopens in May after repairs.", null);
        long id = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Lock keeper"),
                "quote", Map.of("exact", "The canal lock reopens in May"), "statement", "The lock reopens in May."))
                .statusCode(201).extract().jsonPath().getLong("id");

        assertThat(editForm(id, "The lock reopens in early May.", 0).statusCode()).isEqualTo(303);
        assertThat(get("/claims/" + id + "?saved=1").extract().asString()).contains("Changes saved.",
                "<del>The lock reopens in May.</del>", "<ins>The lock reopens in early May.</ins>");
        get("/api/claims/" + id).body("saidOn", org.hamcrest.Matchers.equalTo("2024-05-01"))
                .body("speaker.role", org.hamcrest.Matchers.equalTo("keeper"));

        var stale = editForm(id, "My <b>late</b> edit.", 0);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("Changed by someone else", "<span class=\"field\">statement</span>",
                "<ins>The lock reopens in early May.</ins>", "My &lt;b&gt;late&lt;/b&gt; edit.</textarea>",
                "name=\"version\" value=\"1\"");
        get("/api/claims/" + id).body("statement", org.hamcrest.Matchers.equalTo("The lock reopens in early May."));

        var badDate = io.restassured.RestAssured.given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("speaker", "Lock keeper", "statement", "x", "saidOn", "soon", "version", 1))
                .post("/claims/" + id);
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(badDate.asString()).contains("must be a date like", "value=\"soon\"");
    }

    @Test
    void deleteAsksFirstThenRemovesAClaimAndSaysSoButNotOneWithRulings() {
        long articleId = article(unique("Sluice"), "The sluice opened at dawn. The sluice stayed shut at dawn.", null);
        long lone = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Warden"),
                "quote", Map.of("exact", "The sluice opened at dawn."), "statement", "The sluice opened at dawn.",
                "topic", unique("Sluice"))).statusCode(201).extract().jsonPath().getLong("id");
        assertThat(get("/claims/" + lone + "/delete").statusCode(200).extract().asString())
                .contains("Delete Warden’s claim?", "removes no flags", "Keep it");
        var deleted = io.restassured.RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").post("/claims/" + lone + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.header("Location")).contains("/articles/" + articleId + "?deletedClaim=" + lone);
        assertThat(get(deleted.header("Location").replaceAll("^https?://[^/]+", "")).extract().asString())
                .contains("Claim #" + lone + " was deleted; it took part in no flag.");
        get("/api/claims/" + lone).statusCode(404);

        String topic = unique("Sluice ruling");
        long first = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Warden"),
                "quote", Map.of("exact", "The sluice opened at dawn."), "statement", "The sluice opened at dawn.",
                "topic", topic)).statusCode(201).extract().jsonPath().getLong("id");
        long flag = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Miller"),
                "quote", Map.of("exact", "The sluice stayed shut at dawn."), "statement", "The sluice did not open at dawn.",
                "topic", topic)).statusCode(201).extract().jsonPath().getLong("conflicts.find { it.otherClaimId == " + first + " }.id");
        long version = get("/api/conflicts/" + flag).extract().jsonPath().getLong("version");
        post("/api/conflicts/" + flag + "/decisions", Map.of("action", "CONFIRM", "version", version)).statusCode(200);
        assertThat(get("/claims/" + first + "/delete").extract().asString()).contains("cannot be deleted")
                .doesNotContain("Delete the claim</button>");
        var refused = io.restassured.RestAssured.given().contentType("application/x-www-form-urlencoded")
                .post("/claims/" + first + "/delete");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("role=\"alert\"", "kept as evidence");
        get("/api/claims/" + first).statusCode(200);
    }
}
