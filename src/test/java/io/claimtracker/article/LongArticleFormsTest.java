package io.claimtracker.article;

import io.claimtracker.support.LongArticles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves every form that takes an article body accepts real-length articles up to tracker.limits.article-body
 * (500,000 code points, non-ASCII included) and answers a longer one with a message next to the field, not
 * "Request Entity Too Large".
 */
@QuarkusTest
class LongArticleFormsTest {

    private static final int LIMIT = 500_000;

    private static io.restassured.response.ValidatableResponse form(String path, Map<String, String> fields) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields).post(path).then();
    }

    @Test
    void addArticleFormStoresATwentyFiveThousandCharacterBodyExactly() {
        String body = LongArticles.body(25_000);
        String location = form("/articles", Map.of("title", unique("Long form"), "outlet", "Długi Kurier",
                "publishedAt", "2016-09-19", "body", body)).statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceFirst(".*/articles/", ""));

        String stored = get("/api/articles/" + id).statusCode(200).extract().jsonPath().getString("body");
        assertThat(stored).isEqualTo(body);
        assertThat(stored.codePointCount(0, stored.length())).isEqualTo(25_000);
    }

    @Test
    void addArticleFormTakesTheLargestAllowedBodyAndRefusesOneMoreCodePointNextToTheField() {
        String largest = LongArticles.body(LIMIT);
        assertThat(largest.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(LIMIT);
        form("/articles", Map.of("title", unique("Largest"), "outlet", "Outlet", "body", largest)).statusCode(303);

        String tooLong = LongArticles.body(LIMIT + 1);
        String page = form("/articles", Map.of("title", unique("Too long"), "outlet", "Kept outlet", "body", tooLong))
                .extract().asString();
        assertThat(page).contains("500000", "value=\"Kept outlet\"").doesNotContain("Request Entity Too Large");
    }

    @Test
    void pastedTextImportPreviewsATwentyFiveThousandCharacterArticle() {
        String body = "Harbour talks resume in the north\n\n" + LongArticles.body(25_000);
        String page = form("/imports/text", Map.of("text", body, "outlet", "Ålesund Tidende")).statusCode(200)
                .extract().asString();
        assertThat(page).contains("Harbour talks resume in the north", "Львів");
    }

    @Test
    void singleFileUploadPreviewsATwentyFiveThousandCharacterArticle() {
        String body = "Ferry route reopening delayed\n\n" + LongArticles.body(25_000);
        String page = given().redirects().follow(false).multiPart("file", "ferry.txt",
                        body.getBytes(StandardCharsets.UTF_8), "text/plain").multiPart("outlet", "Kurier")
                .post("/imports/files").then().statusCode(200).extract().asString();
        assertThat(page).contains("Ferry route reopening delayed", "Zürich");
    }
}
