package io.claimtracker.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Proves that a browser gets a readable HTML error page on the editor's pages while API clients keep problem bodies. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void missingRecordOnAPageIsAnHtmlPageWithTheServiceMessage() {
        String page = given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/articles/987654321")
                .then().statusCode(404).contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("<h1>", "987654321", "Go to the start page").doesNotContain("\"status\"",
                "Exception", "io.claimtracker");
    }

    @Test
    void unknownPageAddressIsAnHtmlPage() {
        String page = given().accept("text/html").get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("There is no page at this address");
    }

    @Test
    void wrongTypeInAPagePathIsAnHtmlPage() {
        given().accept("text/html").get("/claims/not-a-number").then().statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void apiAddressesNeverAnswerWithHtml() {
        given().accept("text/html").get("/api/articles/987654321").then().statusCode(406)
                .contentType("application/problem+json").body("detail", containsString("application/json"));
        given().accept("*/*").get("/api/articles/987654321").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("application/json").get("/articles/987654321").then().statusCode(406)
                .contentType("application/problem+json");
    }
}
