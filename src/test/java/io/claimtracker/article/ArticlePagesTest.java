package io.claimtracker.article;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Proves the article pages list, add, show and attach without JavaScript, escape editor text and keep input on errors. */
@QuarkusTest
class ArticlePagesTest {

    private static io.restassured.response.ValidatableResponse form(String path, Map<String, String> fields) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParams(fields)
                .post(path).then();
    }

    @Test
    void addingAnArticleThroughTheFormRedirectsToItsReader() {
        String title = unique("Form article");
        String location = form("/articles", Map.of("title", title, "outlet", "Form Herald", "publishedAt", "2016-09-19",
                "authors", "Ann Author, Ben Byline", "body", "The envoy said talks would resume."))
                .statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/articles/\\d+$");

        String page = get(location.replaceFirst("^https?://[^/]+", "")).statusCode(200).extract().asString();
        assertThat(page).contains(title, "Form Herald", "19 Sep 2016", "Ann Author and Ben Byline",
                "The envoy said talks would resume.", "Date confirmed by admin");
        assertThat(get("/api/articles/" + location.replaceAll(".*/", "")).extract().jsonPath()
                .getString("dateConfirmedBy")).as("a date typed in the add form is confirmed by its editor")
                .isEqualTo("admin");
    }

    @Test
    void invalidArticleFormShowsErrorsNextToFieldsAndKeepsWhatWasTyped() {
        String page = form("/articles", Map.of("title", "", "outlet", "Kept Outlet", "publishedAt", "yesterday",
                "body", "Text the editor typed <and kept>")).statusCode(422).extract().asString();

        assertThat(page).contains("id=\"title-error\"", "is required", "id=\"publishedAt-error\"",
                "must be a date like 2016-09-17", "value=\"Kept Outlet\"", "Text the editor typed &lt;and kept&gt;",
                "aria-invalid=\"true\"");
    }

    @Test
    void readerHighlightsClaimsWithTheirConflictStateInWordsAndEscapesEditorText() {
        String topic = unique("Reader");
        long id = article("<script>alert('t')</script> " + unique("Reader"),
                "Officials said <b>the bridge</b> was opened. Police said the bridge was closed.", null);
        post("/api/articles/" + id + "/claims", Map.of("speaker", Map.of("name", "<img src=x onerror=alert(1)>"),
                "quote", Map.of("exact", "was opened"), "statement", "The bridge was opened.", "topic", topic))
                .statusCode(201);
        post("/api/articles/" + id + "/claims", Map.of("speaker", Map.of("name", "Police"),
                "quote", Map.of("exact", "the bridge was closed"), "statement", "The bridge was closed.", "topic", topic))
                .statusCode(201);

        String page = get("/articles/" + id).statusCode(200).extract().asString();
        assertThat(page).contains("<mark class=\"claim state-open\" tabindex=\"0\">was opened",
                "(open conflict)", "&lt;script&gt;alert(", "&lt;b&gt;the bridge&lt;/b&gt;", "&lt;img src=x")
                .doesNotContain("<script>alert(", "<b>the bridge</b>", "<img src=x");
    }

    @Test
    void attachingAClaimThroughTheFormShowsTheFlagsItRaised() {
        String topic = unique("Attach");
        long id = article(unique("Attach"), "The crossing was opened. The crossing was closed.", null);
        form("/articles/" + id + "/claims", Map.of("exact", "The crossing was opened", "speaker", "Governor",
                "statement", "The crossing was opened.", "topic", topic)).statusCode(303);
        String location = form("/articles/" + id + "/claims", Map.of("exact", "The crossing was closed",
                "speaker", "Army", "statement", "The crossing was closed.", "topic", topic))
                .statusCode(303).extract().header("Location");

        assertThat(location).as("the notice of what was added stays in view").contains("?added=").endsWith("#added");
        String page = get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "")).statusCode(200)
                .extract().asString();
        assertThat(page).contains("Claim added</a>.", "OPPOSED_ACTION", "Open the review queue");
    }

    @Test
    void claimFormErrorsAppearNextToTheFieldWithTheServiceMessageAndKeepInput() {
        long id = article(unique("Errors"), "Only this sentence is here.", null);
        String page = form("/articles/" + id + "/claims", Map.of("exact", "words that are absent",
                "speaker", "Typed Speaker", "statement", "Typed statement"))
                .statusCode(422).extract().asString();
        assertThat(page).contains("id=\"quote-exact-error\"", "does not occur in the article",
                "value=\"Typed Speaker\"", "Typed statement", "words that are absent");

        String stance = form("/articles/" + id + "/claims", Map.of("exact", "Only this sentence", "speaker", "S",
                "statement", "s", "proposition", "p", "stance", "SIDEWAYS")).statusCode(422).extract().asString();
        assertThat(stance).contains("must be one of FOR, AGAINST", "value=\"p\"");
        assertThat(get("/api/claims?article=" + id).extract().jsonPath().getLong("total")).isZero();
    }

    @Test
    void listShowsOpenConflictCountsAndEmptySearchesSaySo() {
        String marker = unique("nomatch");
        assertThat(get("/articles?q=" + marker).statusCode(200).extract().asString())
                .contains("No article matches “" + marker + "”");
        assertThat(get("/articles/new").statusCode(200).extract().asString())
                .contains("<label for=\"title\">Headline</label>", "<label for=\"body\">Article text</label>");
        get("/articles/987654321").statusCode(404);
    }

    /**
     * Proves an editor corrects an article from its page (a stale form keeps the typed text and a correction that
     * would orphan a quote is refused naming the claim) and a reviewer deletes it after a confirmation page.
     */
    @Test
    void anArticleIsCorrectedAndDeletedFromItsPages() {
        long id = article(unique("Page correction"), "The pier reopened at noon. Boats queued.", "2016-09-19");
        long claimId = io.claimtracker.support.Api.claim(id, "Harbour clerk", "The pier reopened at noon",
                "The pier reopened.").statusCode(201).extract().jsonPath().getLong("id");
        String editPage = get("/articles/" + id + "/edit").statusCode(200).extract().asString();
        assertThat(editPage).contains("Correct an article", "The pier reopened at noon. Boats queued.",
                "name=\"version\" value=\"0\"");

        Map<String, String> corrected = new java.util.HashMap<>(Map.of("title", "Pier reopens", "outlet", "Form Herald",
                "publishedAt", "2016-09-20", "body", "Correction: time fixed. The pier reopened at noon. Boats queued.",
                "version", "0"));
        form("/articles/" + id + "/edit", corrected).statusCode(303);
        assertThat(get("/articles/" + id).statusCode(200).extract().asString()).contains("Pier reopens", "20 Sep 2016");

        String stale = form("/articles/" + id + "/edit", corrected).statusCode(409).extract().asString();
        assertThat(stale).contains("changed after you read it", "Correction: time fixed.");
        corrected.put("version", get("/api/articles/" + id).extract().jsonPath().getString("version"));
        corrected.put("body", "Boats queued.");
        String orphaned = form("/articles/" + id + "/edit", corrected).statusCode(409).extract().asString();
        assertThat(orphaned).contains("#" + claimId, "no longer holds");

        assertThat(get("/articles/" + id + "/delete").statusCode(200).extract().asString())
                .contains("Delete", "1 claim attached");
        form("/articles/" + id + "/delete", Map.of()).statusCode(303);
        get("/api/articles/" + id).statusCode(404);
    }

    @Test
    void theSaveNoticeCountsDevelopmentsApartFromConflicts() {
        String topic = unique("Pipeline");
        long march = article(unique("Pipeline talks"), "Ankara said no deal between Greece and Turkey on the pipeline "
                + "is imminent. Talks go on.", "2026-03-02");
        long april = article(unique("Pipeline signed"), "Greece and Turkey signed the pipeline deal on Thursday. "
                + "Ministers attended.", "2026-04-03");
        post("/api/articles/" + march + "/claims", Map.of("speaker", Map.of("name", unique("Ankara")), "quote",
                Map.of("exact", "no deal between Greece and Turkey on the pipeline is imminent"), "statement",
                "No deal between Greece and Turkey on the pipeline is imminent.", "topic", topic)).statusCode(201);
        var later = post("/api/articles/" + april + "/claims", Map.of("speaker", Map.of("name", unique("Athens")),
                "quote", Map.of("exact", "Greece and Turkey signed the pipeline deal on Thursday"), "statement",
                "Greece and Turkey signed the pipeline deal on Thursday.", "topic", topic)).statusCode(201)
                .extract().jsonPath();
        assertThat(later.getList("conflicts.kind", String.class)).containsExactly("DEVELOPMENT");

        String notice = given().get("/articles/" + april + "/added/" + later.getLong("id")).then().statusCode(200)
                .extract().asString();

        assertThat(notice).contains("conflicts with no stored claim").contains("Recorded beside the queue")
                .contains("DEVELOPMENT").doesNotContain("takes part in");
    }
}
