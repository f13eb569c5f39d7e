package io.claimtracker.speaker;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Proves two speaker records of one person are merged (claims and names move, the other record goes, the flag
 * between their claims is checked again and becomes a reversal) and that splitting the alias off undoes it.
 */
@QuarkusTest
class SpeakerMergeTest {

    @Test
    void mergingTwoRecordsOfOnePersonMakesTheirDisagreementAReversalAndASplitUndoesIt() throws Exception {
        String surname = unique("Petrenko").replace("-", "");
        String fullName = "Oleg " + surname;
        String topic = unique("Merge talks");
        long articleId = article(unique("Merge"), "The ceasefire is holding across the valley. "
                + "The ceasefire is not holding across the valley.", "2016-09-12");
        long first = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", surname),
                "quote", Map.of("exact", "The ceasefire is holding across the valley"),
                "statement", "The ceasefire is holding across the valley.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");
        var second = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", fullName, "newSpeaker", true),
                "quote", Map.of("exact", "The ceasefire is not holding across the valley"),
                "statement", "The ceasefire is not holding across the valley.", "topic", topic))
                .statusCode(201).extract().jsonPath();
        long flagId = second.getLong("conflicts[0].id");
        assertThat(second.getBoolean("conflicts[0].reversal")).isFalse();
        long shortRecord = get("/api/claims/" + first).extract().jsonPath().getLong("speaker.id");
        long kept = second.getLong("speaker.id");

        post("/api/speakers/" + kept + "/merges", Map.of("speakerId", kept)).statusCode(422);
        post("/api/speakers/" + kept + "/merges", Map.of("speakerId", shortRecord)).statusCode(200)
                .body("aliases", hasItem(surname)).body("claimCount", equalTo(2));
        get("/api/speakers/" + shortRecord).statusCode(404);
        boolean reversal = false;
        for (int wait = 0; wait < 100 && !reversal; wait++) {
            Thread.sleep(200);
            reversal = get("/api/conflicts/" + flagId).extract().jsonPath().getBoolean("reversal");
        }
        assertThat(reversal).as("one person now says both").isTrue();
        List<String> actions = get("/api/audit?entity=speaker&id=" + shortRecord).extract().jsonPath()
                .getList("items.action");
        assertThat(actions).contains("merged");

        long split = post("/api/speakers/" + kept + "/splits", Map.of("alias", surname)).statusCode(201)
                .body("name", equalTo(surname)).body("claimCount", equalTo(1)).extract().jsonPath().getLong("id");
        get("/api/claims/" + first).body("speaker.id", equalTo((int) split));
        get("/api/speakers/" + kept).body("claimCount", equalTo(1));
        post("/api/speakers/" + kept + "/splits", Map.of("alias", "Nobody Known")).statusCode(422);
    }

    /** Proves a reviewer merges and splits speaker records from the speaker page, without JavaScript. */
    @Test
    void theSpeakerPageOffersRecordsWithTheSameSurnameToMergeAndAliasesToSplitOff() {
        String surname = unique("Kovalenko").replace("-", "");
        long articleId = article(unique("Merge page"), "The bridge will open in May. The port stays closed.", null);
        long shortRecord = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", surname),
                "quote", Map.of("exact", "The bridge will open in May"), "statement", "The bridge opens in May."))
                .statusCode(201).extract().jsonPath().getLong("speaker.id");
        long kept = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Irina " + surname, "newSpeaker", true),
                "quote", Map.of("exact", "The port stays closed"), "statement", "The port stays closed."))
                .statusCode(201).extract().jsonPath().getLong("speaker.id");
        String page = get("/speakers/" + kept).statusCode(200).extract().asString();
        assertThat(page).contains("Same person, several records?", "<option value=\"" + shortRecord + "\">" + surname);

        io.restassured.RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("speakerId", String.valueOf(shortRecord))).post("/speakers/" + kept + "/merge")
                .then().statusCode(303);
        get("/speakers/" + shortRecord).statusCode(404);
        assertThat(get("/speakers/" + kept).extract().asString()).contains("Make “" + surname + "” a speaker of its own");
        String location = io.restassured.RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParams(Map.of("alias", surname))
                .post("/speakers/" + kept + "/split").then().statusCode(303).extract().header("Location");
        assertThat(get(location.replaceFirst("^https?://[^/]+", "")).extract().asString()).contains(surname,
                "1 claim on record");
    }
}
