package io.claimtracker.review;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.total;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves pages learn of new flags without a reload (and that a flag's explanation names who said each side): the navigation's count answers the open flags, the queue's
 * poll reports flags that arrived after it was drawn, and an article's poll reports new flags on its claims.
 */
@QuarkusTest
class LiveFlagsTest {

    private static long number(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        assertThat(matcher.find()).as(pattern + " in " + html).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void theCountsAndNoticesFollowFlagsAsTheyAreRaised() {
        String topic = unique("Live");
        long articleId = article(unique("Live"), "The dam held overnight. The dam did not hold overnight.", null);
        String queue = get("/review?topic=").statusCode(200).extract().asString();
        long latest = number(queue, "after=(\\d+)");
        String articlePage = get("/articles/" + articleId).statusCode(200).extract().asString();
        assertThat(articlePage).contains("/articles/" + articleId + "/open-flags?known=0");
        assertThat(get("/articles/" + articleId + "/open-flags?known=0").extract().asString()).doesNotContain("new flag");

        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Dam keeper"),
                "quote", Map.of("exact", "The dam held overnight."), "statement", "The dam held overnight.",
                "topic", topic)).statusCode(201);
        long flagId = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "River warden"),
                "quote", Map.of("exact", "The dam did not hold overnight."), "statement", "The dam did not hold.",
                "topic", topic)).statusCode(201).extract().jsonPath().getLong("conflicts[0].id");
        assertThat(get("/api/conflicts/" + flagId).extract().jsonPath().getString("explanation"))
                .as("the explanation names both speakers").contains("Dam keeper", "River warden");

        String count = get("/review/count").statusCode(200).extract().asString();
        assertThat(number(count, "class=\"badge\"[^>]*>(\\d+)<")).isEqualTo(total("/api/conflicts?status=OPEN"));
        assertThat(get("/review/arrivals?status=OPEN&after=" + latest).statusCode(200).extract().asString())
                .contains("new flag", "since you opened the queue");
        long now = number(get("/review").extract().asString(), "after=(\\d+)");
        assertThat(get("/review/arrivals?status=OPEN&after=" + now).extract().asString()).doesNotContain("new flag");
        assertThat(get("/articles/" + articleId + "/open-flags?known=0").extract().asString())
                .contains("1 new flag on this article's claims");
    }
}
