package io.claimtracker.suggest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Proves suggestions are listed, attached only by an editor's form, and rejected suggestions stay away. */
@QuarkusTest
class SuggestionApiTest {

    private static final String BODY = "The depot will close in June, the transport authority said on Monday. "
            + "\"We have looked at every alternative,\" said Nora Haas, the authority's director. "
            + "Drivers were not told in advance.";

    @Test
    void suggestionsAreOfferedUntilAttachedOrRejected() {
        long articleId = article(unique("Depot"), BODY, "2023-02-06");
        JsonPath offered = get("/api/articles/" + articleId + "/suggestions").statusCode(200).extract().jsonPath();
        assertThat(offered.getList("quote")).containsExactly("The depot will close in June",
                "We have looked at every alternative");
        assertThat(offered.getString("[1].speaker")).isEqualTo("Nora Haas");
        assertThat(offered.getString("[1].role")).isEqualTo("authority's director");
        assertThat(get("/api/articles/" + articleId).extract().jsonPath().getList("claims")).isEmpty();

        String page = get("/articles/" + articleId + "/suggestions").statusCode(200).extract().asString();
        assertThat(page).contains("Attach as claim", "value=\"Nora Haas\"", "Reject");

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("exact", offered.getString("[1].quote"), "start", offered.getString("[1].start"),
                        "end", offered.getString("[1].end"), "speaker", "Nora Haas", "role", "director",
                        "statement", "Every alternative to closing the depot was examined."))
                .post("/articles/" + articleId + "/claims").then().statusCode(303);
        post("/api/articles/" + articleId + "/suggestions/rejections", Map.of("start", offered.getInt("[0].start"),
                "end", offered.getInt("[0].end"))).statusCode(204);

        assertThat(get("/api/articles/" + articleId + "/suggestions").extract().jsonPath().getList("")).isEmpty();
        assertThat(get("/api/articles/" + articleId).extract().jsonPath().getList("claims.speaker.name"))
                .containsExactly("Nora Haas");
        post("/api/articles/" + articleId + "/suggestions/rejections", Map.of("start", 1, "end", 5)).statusCode(404)
                .contentType("application/problem+json");
        post("/api/articles/" + articleId + "/suggestions/rejections", Map.of("start", -1)).statusCode(422);
        get("/api/articles/987654321/suggestions").statusCode(404);
    }
}
