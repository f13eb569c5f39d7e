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
}
