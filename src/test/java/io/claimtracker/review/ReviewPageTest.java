package io.claimtracker.review;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Proves the review queue shows both sides of a flag and that plain forms record rulings. */
@QuarkusTest
class ReviewPageTest {

    private static long flag(String topic, String speaker) {
        long id = article(unique("Queue"), "The <i>port</i> was opened. The <i>port</i> was closed.", null);
        long first = post("/api/articles/" + id + "/claims", Map.of("speaker", Map.of("name", speaker),
                "quote", Map.of("exact", "was opened"), "statement", "The <port> was opened.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");
        return post("/api/articles/" + id + "/claims", Map.of("speaker", Map.of("name", "Harbour master"),
                "quote", Map.of("exact", "was closed"), "statement", "The <port> was closed.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("conflicts.find { it.otherClaimId == " + first + " }.id");
    }

    @Test
    void queueShowsBothSidesEscapedWithFormsToRule() {
        String topic = unique("Queue topic");
        long flagId = flag(topic, "<b>Port authority</b>");
        long topicId = get("/api/topics?q=" + topic).extract().jsonPath().getLong("items[0].id");

        String page = get("/review?topic=" + topicId).statusCode(200).extract().asString();
        assertThat(page).contains("id=\"flag-" + flagId + "\"", "&lt;b&gt;Port authority&lt;/b&gt;", "Harbour master",
                "The &lt;port&gt; was opened.", "value=\"CONFIRM\"", "value=\"DISMISS\"", "value=\"RESOLVE\"",
                "<label for=\"reason-" + flagId + "\">").doesNotContain("<b>Port authority</b>");
    }

    @Test
    void dismissingThroughTheFormRecordsTheRulingAndStaleFormsAreRefused() {
        long flagId = flag(unique("Queue dismiss"), "Port authority");
        long version = get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version");

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("action", "DISMISS", "reason", "DIFFERENT_EVENTS", "version", version, "status", "OPEN"))
                .post("/review/" + flagId).then().statusCode(303);
        get("/api/conflicts/" + flagId).body("status", org.hamcrest.Matchers.equalTo("DISMISSED"));

        String page = given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("action", "CONFIRM", "version", version, "status", "OPEN"))
                .post("/review/" + flagId).then().statusCode(422).extract().asString();
        assertThat(page).contains("role=\"alert\">Flag #" + flagId);
    }

    @Test
    void emptyQueueSaysThereIsNothingToReview() {
        String page = get("/review?status=RESOLVED&outlet=" + unique("no outlet")).statusCode(200).extract().asString();
        assertThat(page).contains("Nothing to review here");
    }

    @Test
    void htmxDecisionAnswersWithTheUpdatedCardOnlyAndErrorsInsideIt() {
        long flagId = flag(unique("Queue inline"), "Port authority");
        long version = get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version");

        String card = given().header("HX-Request", "true").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("action", "CONFIRM", "version", version, "status", "OPEN"))
                .post("/review/" + flagId).then().statusCode(200).extract().asString();
        assertThat(card.strip()).startsWith("<li id=\"flag-" + flagId + "\"");
        assertThat(card).contains("confirmed by", "value=\"REOPEN\"").doesNotContain("<html", "value=\"CONFIRM\"");

        String refused = given().header("HX-Request", "true").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("action", "CONFIRM", "version", version, "status", "OPEN"))
                .post("/review/" + flagId).then().statusCode(422).extract().asString();
        assertThat(refused.strip()).startsWith("<li id=\"flag-" + flagId + "\"");
        assertThat(refused).contains("role=\"alert\"").doesNotContain("<html");
    }

    @Test
    void noDismissReasonIsChosenForTheReviewerAndDismissingWithoutOneIsRefused() {
        long flagId = flag(unique("Queue reason"), "Port authority");
        long version = get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version");

        String card = get("/review/" + flagId).statusCode(200).extract().asString();
        assertThat(card).contains("name=\"reason\" required><option value=\"\" selected>choose a reason</option>");

        String refused = given().header("HX-Request", "true").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("action", "DISMISS", "reason", "", "version", version, "status", "OPEN"))
                .post("/review/" + flagId).then().statusCode(422).extract().asString();
        assertThat(refused).contains("role=\"alert\"");
        get("/api/conflicts/" + flagId).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("OPEN"));
    }

    @Test
    void flagPageCitesBothSidesAndShowsTheRulingHistory() {
        long flagId = flag(unique("Queue cite"), "Port authority");
        long version = get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("action", "RESOLVE", "note", "Both <em>ports</em> differ", "version", version,
                        "status", "OPEN", "from", "flag"))
                .post("/review/" + flagId).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/review/" + flagId));

        String page = get("/review/" + flagId).statusCode(200).extract().asString();
        assertThat(page).contains("id=\"flag-citation\"", "Conflicting accounts", "1. ", "2. ",
                "data-copy=\"flag-citation\"", "<strong>resolve</strong>", "OPEN", "RESOLVED",
                "Both &lt;em&gt;ports&lt;/em&gt; differ", "value=\"REOPEN\"").doesNotContain("<em>ports</em>");
    }

    @Test
    void queueOffersKeyboardShortcutsOnlyOnceScriptsRun() {
        flag(unique("Queue keys"), "Port authority");
        String page = get("/review").statusCode(200).extract().asString();
        assertThat(page).contains("id=\"shortcut-help\" class=\"shortcuts meta\" hidden", "<kbd>c</kbd> confirm",
                "/webjars/htmx.org/dist/htmx.min.js", "/claimtracker.js");
        get("/webjars/htmx.org/dist/htmx.min.js").statusCode(200);
        get("/claimtracker.js").statusCode(200);
    }

    @Test
    void queueFiltersBySpeakerAndKeepsTheFilterInItsForms() {
        String speaker = unique("Lighthouse keeper").replaceAll("[0-9-]", "");
        long mine = flag(unique("Queue speaker"), speaker);
        long other = flag(unique("Queue speaker"), "Port authority");
        long speakerId = get("/api/speakers?q=" + speaker).extract().jsonPath().getLong("items[0].id");

        String page = get("/review?speaker=" + speakerId).statusCode(200).extract().asString();
        assertThat(page).contains("id=\"flag-" + mine + "\"", "name=\"speaker\" value=\"" + speakerId + "\"")
                .doesNotContain("id=\"flag-" + other + "\"");
        assertThat(get("/speakers/" + speakerId).extract().asString()).contains("/review?speaker=" + speakerId);
    }

    /** Proves a flag's history shows what an editor changed in words, without the internal version counter. */
    @Test
    void theFlagHistoryShowsTheRulingWithoutInternalVersionNumbers() {
        long flagId = flag(unique("Queue history"), "Port authority");
        long version = get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version");
        post("/api/conflicts/" + flagId + "/decisions", Map.of("action", "CONFIRM", "version", version))
                .statusCode(200);
        String page = get("/review/" + flagId).statusCode(200).extract().asString();
        assertThat(page).contains("History", "<span class=\"field\">status</span>")
                .doesNotContain("<span class=\"field\">version</span>");
    }
}
