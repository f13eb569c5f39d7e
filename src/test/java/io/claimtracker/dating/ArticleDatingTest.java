package io.claimtracker.dating;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.put;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Proves, against the real database, that an article whose relative dates disagree with an article an editor
 * confirmed is warned with the evidence and a date that fits, that applying that date from the article page corrects
 * and confirms it (clearing the warning and moving its claims' dates), that a role given outside its period is
 * warned, and that correctly dated or unconfirmed evidence raises nothing.
 */
@QuarkusTest
class ArticleDatingTest {

    private static String place() {
        StringBuilder letters = new StringBuilder();
        unique("x").chars().filter(c -> Character.digit(c, 16) >= 0).limit(6)
                .forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return "Ostrava" + letters;
    }

    @Test
    void aDateThatDisagreesWithAConfirmedArticleIsWarnedAndOneClickAppliesTheDateThatFits() {
        String place = place();
        long trusted = article(unique("Bridge back"), "The harbour bridge in " + place + " was reopened to lorries on "
                + "Thursday after eight weeks of repairs.", "2021-03-05");
        long doubted = article(unique("Copied page"), "Lorries crossed the harbour bridge in " + place + " again "
                + "yesterday, when it was reopened after eight weeks of repairs, the city said.", "2023-06-10");
        long claimId = io.claimtracker.support.Api.claim(doubted, "City hall", "Lorries crossed the harbour bridge",
                "Lorries crossed the harbour bridge yesterday.").statusCode(201).extract().jsonPath().getLong("id");
        get("/api/articles/" + doubted + "/date-check").statusCode(200).body("warnings", empty());

        post("/api/articles/" + trusted + "/date-confirmations", Map.of()).statusCode(200)
                .body("dateConfirmedBy", notNullValue());
        var check = get("/api/articles/" + doubted + "/date-check").statusCode(200)
                .body("warnings.kind", contains("EVENT_DATE"))
                .body("warnings[0].suggestedFrom", equalTo("2021-03-05"))
                .body("warnings[0].evidence[1].articleId", equalTo((int) trusted)).extract().jsonPath();
        assertThat(check.getString("warnings[0].message")).contains("yesterday", "4 March 2021");

        String page = get("/articles/" + doubted).statusCode(200).extract().asString();
        assertThat(page).contains("This article's date may be wrong", "Apply 5 Mar 2021",
                "href=\"/articles/" + trusted + "\"");
        String note = get("/articles/" + doubted + "/date-note").statusCode(200).extract().asString();
        assertThat(note).contains("Article date in doubt", "#date-check");

        long version = get("/api/articles/" + doubted).extract().jsonPath().getLong("version");
        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("publishedAt", "2021-03-05", "version", String.valueOf(version)))
                .post("/articles/" + doubted + "/date").then().statusCode(303);
        get("/api/articles/" + doubted).body("publishedAt", equalTo("2021-03-05"))
                .body("dateConfirmedBy", notNullValue());
        get("/api/articles/" + doubted + "/date-check").body("warnings", empty());
        get("/api/claims/" + claimId).body("saidOn", equalTo("2021-03-05"));
        assertThat(get("/articles/" + doubted + "/date-note").extract().asString()).doesNotContain("in doubt");
    }

    @Test
    void anImportedCopyWhoseDateDisagreesWithAConfirmedArticleIsWarnedInItsImportOutcome() throws Exception {
        String place = place();
        long trusted = article(unique("Bridge reopened"), "The harbour bridge in " + place + " was reopened to lorries "
                + "on Thursday after eight weeks of repairs.", "2021-03-05");
        post("/api/articles/" + trusted + "/date-confirmations", Map.of()).statusCode(200);
        String copy = "Saturday 10 June 2023\n\nHarbour bridge in " + place + " busy again\n\nLorries crossed the "
                + "harbour bridge in " + place + " again yesterday, when it was reopened after eight weeks of repairs, "
                + "the city said. Traders said the quays were crowded by noon.\n";
        long jobId = post("/api/imports", Map.of("documents", List.of(Map.of("name", "copy.txt", "content", copy)),
                "outlet", "Saved Pages")).statusCode(202).extract().jsonPath().getLong("id");
        var job = get("/api/imports/" + jobId).extract().jsonPath();
        for (int wait = 0; wait < 300 && job.getString("status").equals("RUNNING"); wait++) {
            Thread.sleep(200);
            job = get("/api/imports/" + jobId).extract().jsonPath();
        }
        assertThat(job.getList("files.outcome")).containsExactly("imported");
        assertThat(job.getString("files[0].message")).contains("yesterday", "by an editor", "5 March 2021");
    }

    @Test
    void aRoleGivenOutsideItsPeriodIsWarnedAndCorrectlyDatedArticlesAreNot() {
        String name = unique("Jon Carey");
        long late = article(unique("Late copy"), "The secretary of state will fly to Vienna on Thursday.", "2018-03-17");
        long timely = article(unique("Timely"), "The secretary of state will fly to Vienna on Thursday.", "2016-07-12");
        long speakerId = post("/api/articles/" + timely + "/claims", Map.of("speaker", Map.of("name", name,
                        "role", "Secretary of State"), "quote", Map.of("exact", "The secretary of state will fly to Vienna"),
                "statement", "The secretary of state flies to Vienna on Thursday.")).statusCode(201).extract()
                .jsonPath().getLong("speaker.id");
        put("/api/speakers/" + speakerId + "/roles", Map.of("roles", List.of(Map.of("title", "Secretary of State",
                "from", "2013-02-01", "to", "2017-01-20")))).statusCode(200);
        post("/api/articles/" + late + "/claims", Map.of("speaker", Map.of("name", name, "role", "Secretary of State"),
                "quote", Map.of("exact", "The secretary of state will fly to Vienna"),
                "statement", "The secretary of state flies to Vienna on Thursday.")).statusCode(201);

        get("/api/articles/" + late + "/date-check").body("warnings.kind", contains("ROLE"))
                .body("warnings[0].suggestedTo", equalTo("2017-01-20"));
        get("/api/articles/" + timely + "/date-check").body("warnings", empty());
        post("/api/articles/" + late + "/date-confirmations", Map.of()).statusCode(200);
        get("/api/articles/" + late + "/date-check").body("warnings", empty()).body("confirmedBy", notNullValue());
        post("/api/articles/" + article(unique("Undated"), "No date here.", null) + "/date-confirmations", Map.of())
                .statusCode(422);
    }
}
