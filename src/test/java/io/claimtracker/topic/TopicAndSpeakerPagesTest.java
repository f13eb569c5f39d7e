package io.claimtracker.topic;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Proves the topic timeline and the speaker record show claims, conflicts and reversals, escaped. */
@QuarkusTest
class TopicAndSpeakerPagesTest {

    @Test
    void topicTimelineGroupsBySpeakerOrdersByDateAndLinksConflicts() {
        String topic = unique("Timeline");
        String speaker = unique("Minister <x>");
        long articleId = article(unique("Timeline"), "The summit was attended. The summit was not attended. Talks resumed.",
                "2016-09-19");
        long first = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", speaker),
                "quote", Map.of("exact", "The summit was attended"), "statement", "The minister attended the summit.",
                "topic", topic, "saidOn", "2016-09-18")).statusCode(201).extract().jsonPath().getLong("id");
        var second = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", speaker),
                "quote", Map.of("exact", "The summit was not attended"), "statement",
                "The minister did not attend the summit.", "topic", topic, "saidOn", "2016-09-19"))
                .statusCode(201).extract().jsonPath();
        long topicId = second.getLong("topic.id");
        long speakerId = second.getLong("speaker.id");

        String timeline = get("/topics/" + topicId).statusCode(200).extract().asString();
        assertThat(timeline).contains("&lt;x&gt;", "href=\"#claim-" + first + "\"", "reverses #" + first,
                "datetime=\"2016-09-18\"").doesNotContain("<x>");
        assertThat(timeline.indexOf("2016-09-18")).isLessThan(timeline.indexOf("2016-09-19"));

        String record = get("/speakers/" + speakerId).statusCode(200).extract().asString();
        assertThat(record).contains("Reversal: contradicts their own earlier claim", "2 claims on record",
                "href=\"/claims/" + first + "\"");
    }

    @Test
    void indexPagesListTopicsAndFindSpeakers() {
        String speaker = unique("Indexed <Speaker>");
        String topic = unique("Indexed topic");
        long articleId = article(unique("Index"), "Indexed words are here.", null);
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", speaker),
                "quote", Map.of("exact", "Indexed words"), "statement", "s", "topic", topic)).statusCode(201);

        assertThat(get("/speakers?q=" + speaker.substring(speaker.length() - 8)).statusCode(200).extract().asString())
                .contains(speaker.replace("<", "&lt;").replace(">", "&gt;"));
        assertThat(get("/speakers?q=" + unique("nobody")).extract().asString()).contains("No speaker matches");
        get("/topics").statusCode(200);
    }

    @Test
    void pagesCarrySecurityHeadersThatForbidInlineScriptAndFraming() {
        var response = get("/articles").statusCode(200).extract();
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(get("/api/articles").extract().header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(get("/q/swagger-ui/").statusCode(200).extract().header("Content-Security-Policy")).isNull();
    }

    @Test
    void emptyTopicAndUnknownPagesAreHandled() {
        long articleId = article(unique("Empty topic"), "A claim filed and then withdrawn.", null);
        var claim = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Someone"),
                "quote", Map.of("exact", "A claim filed"), "statement", "s", "topic", unique("Emptied topic")))
                .statusCode(201).extract().jsonPath();
        io.restassured.RestAssured.given().delete("/api/claims/" + claim.getLong("id")).then().statusCode(204);

        assertThat(get("/topics/" + claim.getLong("topic.id")).statusCode(200).extract().asString())
                .contains("No claims are filed under this topic yet.");
        get("/topics/987654321").statusCode(404);
        get("/speakers/987654321").statusCode(404);
    }
}
