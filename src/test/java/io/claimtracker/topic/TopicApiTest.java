package io.claimtracker.topic;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Proves the topic endpoints list topics and show each with its claims. */
@QuarkusTest
class TopicApiTest {

    @Test
    void topicIsCreatedByNameListedAndShownWithItsClaims() {
        String topic = unique("US–Russia deal on Aleppo");
        long first = article(unique("TopicA"), "A deal is close.", "2016-09-16");
        long second = article(unique("TopicB"), "Nothing is in play.", "2016-09-17");
        long topicId = post("/api/articles/" + first + "/claims", Map.of("speaker", Map.of("name", "Minister"),
                "quote", Map.of("exact", "A deal is close."), "statement", "Deal close.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("topic.id");
        post("/api/articles/" + second + "/claims", Map.of("speaker", Map.of("name", "Spokesman"),
                "quote", Map.of("exact", "Nothing is in play."), "statement", "No deal.",
                "topic", topic.toUpperCase())).statusCode(201).body("topic.id", equalTo((int) topicId));

        get("/api/topics?q=" + topic.substring(topic.length() - 8)).statusCode(200)
                .body("items.id", equalTo(List.of((int) topicId)));
        get("/api/topics/" + topicId).statusCode(200)
                .body("name", equalTo(topic))
                .body("createdAt", notNullValue())
                .body("claimCount", equalTo(2))
                .body("claims.statement", equalTo(List.of("No deal.", "Deal close.")));
    }

    @Test
    void topicsArePagedAndUnknownTopicIs404() {
        get("/api/topics?size=1").statusCode(200).body("size", equalTo(1));
        get("/api/topics/987654321").statusCode(404).contentType("application/problem+json");
    }
}
