package io.claimtracker.claim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/** Proves claims and conflicts come with ready citations, deep-linked to the passage when the article has a URL. */
@QuarkusTest
class CitationApiTest {

    private static long article(String url, String body) {
        Map<String, Object> article = new java.util.HashMap<>(Map.of("title", "Envoys differ", "outlet",
                "Example Herald", "authors", List.of("Ann Author", "Ben Byline"), "publishedAt", "2016-09-19",
                "body", body));
        if (url != null) {
            article.put("url", url);
        }
        return post("/api/articles", article).statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void claimCitationNamesSpeakerRoleQuoteArticleAuthorsDateAndLinksToThePassage() {
        String url = "https://herald.example/" + unique("envoys");
        long articleId = article(url, "The envoy said on Monday that a truce was within reach, officials added.");
        long claimId = post("/api/articles/" + articleId + "/claims", Map.of(
                "speaker", Map.of("name", "Jane Envoy", "role", "special envoy"),
                "quote", Map.of("exact", "a truce was within reach"), "statement", "A truce is within reach."))
                .statusCode(201).extract().jsonPath().getLong("id");

        JsonPath citation = get("/api/claims/" + claimId + "/citation").statusCode(200).extract().jsonPath();
        assertThat(citation.getString("text")).startsWith("Jane Envoy, special envoy: “a truce was within reach” — "
                + "Envoys differ, Example Herald, by Ann Author, Ben Byline, 19 September 2016. " + url + "#:~:text=");
        assertThat(citation.getString("link")).isEqualTo(url + "#:~:text=on%20Monday%20that-,"
                + "a%20truce%20was%20within%20reach,-%2C%20officials");
    }

    @Test
    void articleWithoutUrlGivesACitationWithoutLink() {
        long articleId = article(null, "Nothing is in play, the spokesman said.");
        long claimId = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Spokesman"),
                "quote", Map.of("exact", "Nothing is in play"), "statement", "Nothing is in play."))
                .statusCode(201).extract().jsonPath().getLong("id");

        get("/api/claims/" + claimId + "/citation").statusCode(200).body("link", nullValue());
    }

    @Test
    void conflictCitationCitesBothSidesAndSaysWhyItWasFlagged() {
        String topic = unique("Citation");
        long first = article("https://herald.example/" + unique("a"), "The bridge was opened on Monday.");
        long second = article("https://herald.example/" + unique("b"), "The bridge was closed on Monday.");
        long mayor = post("/api/articles/" + first + "/claims", Map.of("speaker", Map.of("name", "Mayor"),
                "quote", Map.of("exact", "The bridge was opened"), "statement", "The bridge was opened.",
                "topic", topic)).statusCode(201).extract().jsonPath().getLong("id");
        long flagId = post("/api/articles/" + second + "/claims", Map.of("speaker", Map.of("name", "Police chief"),
                "quote", Map.of("exact", "The bridge was closed"), "statement", "The bridge was closed.",
                "topic", topic)).statusCode(201).extract().jsonPath()
                .getLong("conflicts.find { it.otherClaimId == " + mayor + " }.id");

        JsonPath citation = get("/api/conflicts/" + flagId + "/citation").statusCode(200).extract().jsonPath();
        assertThat(citation.getString("text")).contains("flag #" + flagId, "1. Mayor: “The bridge was opened”",
                "2. Police chief: “The bridge was closed”", "Why flagged: ");
        assertThat(citation.getString("a.link")).contains("#:~:text=The%20bridge%20was%20opened");
        assertThat(citation.getString("b.link")).contains("#:~:text=The%20bridge%20was%20closed");
        get("/api/conflicts/987654321/citation").statusCode(404);
    }
}
