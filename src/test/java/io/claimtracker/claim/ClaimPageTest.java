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
}
