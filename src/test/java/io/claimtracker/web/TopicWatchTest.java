package io.claimtracker.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves a topic can be watched: the watched-topics list counts the flags raised since the topic was last opened,
 * opening it resets the count, and unwatching removes it.
 */
@QuarkusTest
class TopicWatchTest {

    private static void form(String path) {
        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post(path).then().statusCode(303);
    }

    @Test
    void aWatchedTopicCountsFlagsRaisedSinceItWasLastOpened() {
        String topic = unique("Watched bridge");
        long articleId = article(unique("Watch"), "The bridge reopened. The bridge did not reopen.", null);
        long topicId = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Bridge warden"),
                "quote", Map.of("exact", "The bridge reopened."), "statement", "The bridge reopened.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("topic.id");
        assertThat(get("/topics/" + topicId).extract().asString()).contains("Watch this topic");
        form("/topics/" + topicId + "/watch");
        assertThat(get("/topics/watched/list").extract().asString()).contains(topic, "nothing new since you last looked");

        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Ferry captain"),
                "quote", Map.of("exact", "The bridge did not reopen."), "statement", "The bridge did not reopen.",
                "topic", topic)).statusCode(201);
        assertThat(get("/topics/watched").extract().asString()).contains(topic, "1 new flag", "1 open flag");
        assertThat(get("/topics/" + topicId).extract().asString()).contains("Stop watching this topic");
        assertThat(get("/topics/watched/list").extract().asString()).contains("nothing new since you last looked");

        form("/topics/" + topicId + "/unwatch");
        assertThat(get("/topics/watched/list").extract().asString()).doesNotContain(topic);
        assertThat(get("/account").extract().asString()).contains("/topics/watched/list");
    }
}
