package io.claimtracker.article;

import io.claimtracker.common.text.Hashes;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.postRaw;
import static io.claimtracker.support.Api.total;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Proves the article endpoints store, find and reject articles as documented, against the real database. */
@QuarkusTest
class ArticleApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void createdArticleIsReturnedWithLocationAndReadBackWithItsMetadata() {
        String url = "https://news.example/" + unique("story");
        String body = "The envoy said on Friday that a truce was near.\r\nOthers disagreed.";
        var response = post("/api/articles", Map.of("url", url, "title", "Truce near, envoy says",
                "outlet", Map.of("name", "Example Herald", "homepage", "https://news.example"),
                "authors", List.of("Ann Author", "Ben Byline"), "publishedAt", "2016-09-16", "language", "en",
                "body", body))
                .statusCode(201)
                .header("Location", notNullValue())
                .body("id", notNullValue())
                .body("outlet.name", equalTo("Example Herald"))
                .extract();
        long id = response.jsonPath().getLong("id");
        assertThat(response.header("Location")).endsWith("/api/articles/" + id);

        String storedBody = "The envoy said on Friday that a truce was near.\nOthers disagreed.";
        get("/api/articles/" + id).statusCode(200)
                .body("url", equalTo(url))
                .body("title", equalTo("Truce near, envoy says"))
                .body("outlet.homepage", equalTo("https://news.example"))
                .body("authors", equalTo(List.of("Ann Author", "Ben Byline")))
                .body("publishedAt", equalTo("2016-09-16"))
                .body("language", equalTo("en"))
                .body("body", equalTo(storedBody))
                .body("contentHash", equalTo(Hashes.sha256(storedBody)))
                .body("createdAt", notNullValue())
                .body("claims", hasSize(0));
    }

    @Test
    void outletGivenByNameResolvesToTheSameOutletAsItsObjectForm() {
        long first = post("/api/articles", Map.of("title", "One", "outlet", "The  Example Herald", "body", "x"))
                .statusCode(201).extract().jsonPath().getLong("outlet.id");
        long second = post("/api/articles", Map.of("title", "Two", "outlet", Map.of("name", "the example herald"),
                "body", "y")).statusCode(201).extract().jsonPath().getLong("outlet.id");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void articleReadsBackWithItsClaimsInReadingOrder() {
        long id = article(unique("Order"), "First point here. Second point there.", "2016-09-17");
        io.claimtracker.support.Api.claim(id, "Speaker Two", "Second point", "Second.").statusCode(201);
        io.claimtracker.support.Api.claim(id, "Speaker One", "First point", "First.").statusCode(201);

        get("/api/articles/" + id).statusCode(200)
                .body("claims.quote.exact", equalTo(List.of("First point", "Second point")))
                .body("claims[0].speaker.name", equalTo("Speaker One"));
    }

    @Test
    void listingSearchesTitleAndTextFiltersByOutletAndDateAndPages() {
        String word = unique("zebu");
        String outlet = unique("Outlet");
        long inTitle = post("/api/articles", Map.of("title", "About " + word, "outlet", outlet,
                "publishedAt", "2016-09-10", "body", "nothing")).statusCode(201).extract().jsonPath().getLong("id");
        long inBody = post("/api/articles", Map.of("title", "Other", "outlet", outlet,
                "publishedAt", "2016-09-20", "body", "it mentions " + word + " once"))
                .statusCode(201).extract().jsonPath().getLong("id");
        article("Unrelated", "no match here", "2016-09-15");

        get("/api/articles?q=" + word).statusCode(200).body("total", equalTo(2))
                .body("items.id", equalTo(List.of((int) inBody, (int) inTitle)))
                .body("items[0].claimCount", equalTo(0))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("body")));
        get("/api/articles?outlet=" + outlet.toUpperCase()).body("total", equalTo(2));
        get("/api/articles?outlet=" + outlet + "&from=2016-09-15").body("items.id", equalTo(List.of((int) inBody)));
        get("/api/articles?outlet=" + outlet + "&to=2016-09-15").body("items.id", equalTo(List.of((int) inTitle)));
        get("/api/articles?outlet=" + outlet + "&size=1&page=1").body("items.id", equalTo(List.of((int) inTitle)))
                .body("page", equalTo(1)).body("size", equalTo(1)).body("total", equalTo(2));
    }

    @Test
    void searchTreatsWildcardCharactersLiterally() {
        String marker = unique("pct");
        article("100% " + marker, "text", null);
        article("100 " + marker, "text", null);

        assertThat(given().queryParam("q", "100% " + marker).get("/api/articles").then().statusCode(200)
                .extract().jsonPath().getLong("total")).isEqualTo(1);
        assertThat(given().queryParam("q", "_00 " + marker).get("/api/articles").then().statusCode(200)
                .extract().jsonPath().getLong("total")).isZero();
    }

    @Test
    void duplicateUrlIsRejectedNamingTheStoredArticleAndStoresNothing() {
        String url = "https://news.example/" + unique("dup");
        long id = post("/api/articles", Map.of("url", url, "title", "Original", "outlet", "Herald", "body", "a"))
                .statusCode(201).extract().jsonPath().getLong("id");
        String title = unique("Copy");

        post("/api/articles", Map.of("url", url, "title", title, "outlet", "Herald", "body", "b"))
                .statusCode(409).contentType(PROBLEM)
                .body("existingId", equalTo((int) id))
                .body("detail", containsString("article #" + id));
        assertThat(total("/api/articles?q=" + title)).isZero();
    }

    @Test
    void malformedJsonIs400WithAProblemBody() {
        postRaw("/api/articles", "{\"title\": \"x\", ").statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Unreadable JSON"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        String title = unique("Typo");
        post("/api/articles", Map.of("title", title, "outlet", "O", "body", "b", "autor", "x"))
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("'autor'"));
        assertThat(total("/api/articles?q=" + title)).isZero();
    }

    @Test
    void wronglyTypedFieldsAre400SayingWhatWasExpected() {
        post("/api/articles", Map.of("title", "T", "outlet", "O", "body", "b", "publishedAt", "last Friday"))
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("2016-09-17"));
        post("/api/articles", Map.of("title", "T", "outlet", "O", "body", "b", "authors", "Jane"))
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("expected a list"));
    }

    @Test
    void missingFieldsAre422ListingEachField() {
        post("/api/articles", Map.of()).statusCode(422).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("body", "outlet", "title")))
                .body("errors.message", hasItem("is required"));
        post("/api/articles", Map.of("title", " ", "outlet", "O", "body", "b")).statusCode(422)
                .body("errors.field", equalTo(List.of("title")));
        postRaw("/api/articles", "null").statusCode(422).body("errors.field", equalTo(List.of("request body")));
    }

    @Test
    void invalidUrlAndLanguageAre422() {
        post("/api/articles", Map.of("title", "T", "outlet", "O", "body", "b", "url", "javascript:alert(1)",
                "language", "english please"))
                .statusCode(422).body("errors.field", equalTo(List.of("language", "url")));
    }

    @Test
    void oversizedBodyIs413AndStoresNothing() {
        String title = unique("Huge");
        post("/api/articles", Map.of("title", title, "outlet", "O", "body", "a".repeat(500_001)))
                .statusCode(413).contentType(PROBLEM).body("detail", containsString("500000"));
        assertThat(total("/api/articles?q=" + title)).isZero();
    }

    @Test
    void requestOverEightMegabytesIs413WithAProblemBody() {
        post("/api/articles", Map.of("title", "T", "outlet", "O", "body", "b".repeat(9_000_000)))
                .statusCode(413).contentType(PROBLEM).body("detail", containsString("8388608"));
    }

    @Test
    void bodySentInChunksPastTheLimitIs413WithAProblemBodyAndStoresNothing() throws Exception {
        String title = unique("Chunked");
        byte[] head = ("{\"title\":\"" + title + "\",\"outlet\":\"O\",\"body\":\"").getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        java.io.InputStream endless = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head),
                new java.io.InputStream() {
                    private long left = 17L * 1024 * 1024;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'a' : -1;
                    }
                });
        String credentials = java.util.Base64.getEncoder().encodeToString((io.claimtracker.support.TestAccounts.ADMIN
                + ":" + io.claimtracker.support.TestAccounts.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/articles"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + credentials)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build();

        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith(PROBLEM));
        assertThat(response.body()).contains("8388608");
        assertThat(total("/api/articles?q=" + title)).isZero();
    }

    @Test
    void bodyAtTheLimitIsAccepted() {
        post("/api/articles", Map.of("title", unique("Long"), "outlet", "O", "body", "é".repeat(500_000)))
                .statusCode(201);
    }

    @Test
    void unknownIdIs404WithAProblemBody() {
        get("/api/articles/987654321").statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("987654321"));
        get("/api/articles/not-a-number").statusCode(404).contentType(PROBLEM);
    }

    @Test
    void wrongContentTypeIs415AndBadListingParametersAre4xx() {
        given().contentType("text/plain").body("hello").when().post("/api/articles").then()
                .statusCode(415).contentType(PROBLEM);
        get("/api/articles?size=1000").statusCode(422).body("errors.field", equalTo(List.of("size")));
        get("/api/articles?page=-1").statusCode(422).body("errors.field", equalTo(List.of("page")));
        get("/api/articles?from=yesterday").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("2016-09-17"));
    }

    @Test
    void errorsNeverLeakStackTracesOrClassNames() {
        String detail = postRaw("/api/articles", "{\"title\": [1,2]}").statusCode(400).extract().asString();
        assertThat(detail).doesNotContain("com.fasterxml", "io.claimtracker", "Exception", "\tat ");
        get("/api/articles/1/nothing").statusCode(404).body("detail", not(containsString("Exception")));
    }
}
