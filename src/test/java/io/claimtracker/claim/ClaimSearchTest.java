package io.claimtracker.claim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves claim search against the real database's FULLTEXT indexes: words find claims by statement, quote, speaker
 * and article headline (every word required, prefixes match), filters narrow by outlet, date said and open flags,
 * pages follow on, and the claims page and the navigation's search page show the same.
 */
@QuarkusTest
class ClaimSearchTest {

    private static String word() {
        StringBuilder letters = new StringBuilder("zq");
        UUID.randomUUID().toString().chars().filter(c -> Character.digit(c, 16) >= 0).limit(8)
                .forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }

    private static long article(String title, String outlet, String body, String date) {
        return post("/api/articles", Map.of("title", title, "outlet", outlet, "body", body, "publishedAt", date))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long claim(long articleId, String speaker, String exact, String statement, String topic) {
        return post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", speaker),
                "quote", Map.of("exact", exact), "statement", statement, "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> found(String query) {
        return get("/api/claims?" + query).statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    @Test
    void wordsFindClaimsByStatementQuoteSpeakerAndHeadlineAndFiltersNarrowThem() {
        String marker = word();
        String place = word();
        String speakerWord = word();
        String topic = unique("Search");
        long first = article("Ferry strike in " + place, "Kystposten",
                "The ferry to the islands will not sail this week. Crews in Ålesund walked out on Monday.", "2021-05-03");
        long second = article("Port news", "Harbour Gazette",
                "Crews returned to work on Friday. The ferry will sail again, officials said.", "2021-05-08");
        long byStatement = claim(first, "Union spokesman", "The ferry to the islands will not sail this week",
                "No " + marker + " ferry sails this week.", topic);
        long byQuote = claim(first, "Port official", "Crews in Ålesund walked out on Monday",
                "Crews walked out on Monday.", topic);
        long bySpeaker = claim(second, "Ingrid " + speakerWord, "Crews returned to work on Friday",
                "Crews returned on Friday.", topic);
        long conflicting = claim(second, "Harbour master", "The ferry will sail again",
                "The " + marker + " ferry sails again this week.", topic);

        assertThat(found("q=" + marker)).containsExactly(conflicting, byStatement);
        assertThat(found("q=" + marker.substring(0, 6))).as("a word's beginning matches").contains(byStatement);
        assertThat(found("q=" + place)).as("by the article's headline").containsExactlyInAnyOrder(byStatement, byQuote);
        assertThat(found("q=Ålesund " + place)).as("every word is required").containsExactly(byQuote);
        assertThat(found("q=" + speakerWord)).as("by the speaker").containsExactly(bySpeaker);
        assertThat(found("q=" + marker + "&outlet=harbour gazette")).as("outlet by name, any case").containsExactly(conflicting);
        assertThat(found("q=" + marker + "&from=2021-05-04&to=2021-05-31")).containsExactly(conflicting);
        assertThat(found("topic=" + get("/api/claims/" + byQuote).extract().jsonPath().getLong("topic.id")
                + "&openFlags=true")).contains(conflicting, byStatement);
        long lone = claim(second, "Harbour master", "Crews returned to work on Friday", "Crews returned to work.",
                unique("Alone"));
        long loneTopic = get("/api/claims/" + lone).extract().jsonPath().getLong("topic.id");
        assertThat(found("topic=" + loneTopic)).containsExactly(lone);
        assertThat(found("topic=" + loneTopic + "&openFlags=true")).as("no open flag").isEmpty();
        assertThat(get("/api/claims?q=" + marker + "&size=1").extract().jsonPath().getLong("total")).isEqualTo(2);
        assertThat(found("q=" + marker + "&size=1&page=1")).containsExactly(byStatement);
        get("/api/claims?from=soon").statusCode(400);
        get("/api/claims?q=" + "x".repeat(501)).statusCode(422);

        String page = get("/claims?q=" + marker).statusCode(200).extract().asString();
        assertThat(page).contains("2 claims matching", "href=\"/claims/" + conflicting + "\"");
        String search = get("/search?q=" + place).statusCode(200).extract().asString();
        assertThat(search).contains("Claims (2)", "Articles (1)", "Ferry strike in " + place, "Speakers (0)");
        assertThat(get("/claims?from=soon").statusCode(422).extract().asString()).contains("must be a date");
    }

    @Test
    void wordsTooShortForTheIndexAreFoundAsText() {
        String topic = unique("Short words");
        long articleId = article(unique("Short"), "Wire", "UK and EU envoys met. Talks went on.", "2021-06-01");
        long claimId = claim(articleId, "Wire desk", "UK and EU envoys met", "UK and EU envoys met in " + word() + ".",
                topic);
        assertThat(found("q=EU&topic=" + get("/api/claims/" + claimId).extract().jsonPath().getLong("topic.id")))
                .containsExactly(claimId);
    }
}
