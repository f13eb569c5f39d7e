package io.claimtracker.review;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the review queue shows several flags between the same two speakers as one dispute, and a lone flag on its
 * own, each flag still its own card with its own decisions.
 */
@QuarkusTest
class DisputeGroupingTest {

    private static long claim(long articleId, String speaker, String exact, String topic) {
        return post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", speaker),
                "quote", Map.of("exact", exact), "statement", exact + ".", "topic", topic)).statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void flagsBetweenTheSameTwoSpeakersShowAsOneDispute() {
        String topic = unique("Quarry dispute");
        String foreman = unique("Foreman");
        String union = unique("Union");
        String police = unique("Police");
        long first = article(unique("Foreman account"), "14 workers were hurt in the blast. The blast struck on "
                + "Monday.", "2021-05-04");
        long second = article(unique("Union account"), "19 workers were hurt in the blast. The blast struck on "
                + "Tuesday.", "2021-05-04");
        long third = article(unique("Police account"), "The quarry stayed closed. 25 workers were hurt in the "
                + "blast.", "2021-05-04");
        claim(first, foreman, "14 workers were hurt in the blast", topic);
        claim(first, foreman, "The blast struck on Monday", topic);
        claim(second, union, "19 workers were hurt in the blast", topic);
        claim(second, union, "The blast struck on Tuesday", topic);
        long topicId = get("/api/topics?q=" + topic).extract().jsonPath().getLong("items[0].id");
        long before = get("/api/conflicts?topic=" + topicId).extract().jsonPath().getLong("total");
        claim(third, police, "25 workers were hurt in the blast", topic);
        long after = get("/api/conflicts?topic=" + topicId).extract().jsonPath().getLong("total");
        assertThat(before).isGreaterThanOrEqualTo(2);
        assertThat(after).isGreaterThan(before);

        String queue = get("/review?status=OPEN&topic=" + topicId).statusCode(200).extract().asString();
        assertThat(queue).containsPattern("One dispute, " + before + " flags between (" + foreman + " and " + union
                + "|" + union + " and " + foreman + ")");
        assertThat(queue.split("<li id=\"flag-", -1)).hasSize((int) after + 1);
        assertThat(queue.split("class=\"dispute-head\"", -1)).hasSizeGreaterThanOrEqualTo(2);
    }
}
