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
        var second = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", fullName),
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
}
