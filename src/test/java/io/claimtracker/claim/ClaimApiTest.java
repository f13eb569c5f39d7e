package io.claimtracker.claim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.claim;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.put;
import static io.claimtracker.support.Api.total;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Proves that claims are attached, anchored, listed, edited and deleted as documented, against the real database. */
@QuarkusTest
class ClaimApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String BODY = "Moscow said on Thursday that a joint plan was close. "
            + "Washington replied that nothing was agreed, and that nothing was agreed on Aleppo either.";

    private static Map<String, Object> claimBody(String speaker, Map<String, Object> quote, String statement) {
        Map<String, Object> body = new HashMap<>();
        body.put("speaker", Map.of("name", speaker));
        body.put("quote", quote);
        body.put("statement", statement);
        return body;
    }

    @Test
    void claimWithOnlyTheExactWordsGetsItsFullSelectorAndDefaults() {
        long articleId = article(unique("Plan"), BODY, "2016-09-15");
        String topic = unique("Aleppo deal");
        Map<String, Object> body = claimBody("Moscow official", Map.of("exact", "a joint plan was close"),
                "A joint US–Russian plan on Aleppo is close.");
        body.put("speaker", Map.of("name", "Sergei Example", "role", "defence minister", "affiliation", "Russia"));
        body.put("topic", topic);

        var created = post("/api/articles/" + articleId + "/claims", body).statusCode(201)
                .body("quote.exact", equalTo("a joint plan was close"))
                .body("quote.start", equalTo(BODY.indexOf("a joint")))
                .body("quote.end", equalTo(BODY.indexOf("a joint") + "a joint plan was close".length()))
                .body("quote.prefix", equalTo(BODY.substring(0, BODY.indexOf("a joint"))))
                .body("quote.suffix", equalTo(BODY.substring(BODY.indexOf(" was close") + 10,
                        BODY.indexOf(" was close") + 42)))
                .body("speaker.role", equalTo("defence minister"))
                .body("saidOn", equalTo("2016-09-15"))
                .body("topic.name", equalTo(topic))
                .body("article.id", equalTo((int) articleId))
                .body("createdBy", equalTo("admin"))
                .body("version", equalTo(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/claims/" + id);

        get("/api/claims/" + id).statusCode(200).body("statement", equalTo("A joint US–Russian plan on Aleppo is close."));
    }

    @Test
    void timestampsReturnedOnCreationEqualThoseReadBackLater() {
        long articleId = article(unique("Stamps"), BODY, null);
        var created = claim(articleId, "Stamp", "a joint plan was close", "s").statusCode(201).extract().jsonPath();

        get("/api/claims/" + created.getLong("id")).statusCode(200)
                .body("createdAt", equalTo(created.getString("createdAt")))
                .body("updatedAt", equalTo(created.getString("updatedAt")));
    }

    @Test
    void saidOnGivenByTheEditorWinsAndIsEmptyWhenTheArticleDateIsUnknown() {
        long dated = article(unique("Dated"), BODY, "2016-09-15");
        Map<String, Object> body = claimBody("Someone", Map.of("exact", "a joint plan was close"), "Plan close.");
        body.put("saidOn", "2016-09-14");
        post("/api/articles/" + dated + "/claims", body).statusCode(201).body("saidOn", equalTo("2016-09-14"));

        long undated = article(unique("Undated"), BODY, null);
        claim(undated, "Someone", "a joint plan was close", "Plan close.").statusCode(201).body("saidOn", nullValue());
    }

    @Test
    void repeatedSpeakerNamesResolveToOneSpeaker() {
        long articleId = article(unique("Names"), "Alpha said yes. Beta said no. Gamma said maybe.", null);
        String name = unique("Ivan Petrovich");
        long first = claim(articleId, name, "Alpha said yes", "Yes.").statusCode(201)
                .extract().jsonPath().getLong("speaker.id");
        long second = claim(articleId, "Mr. " + name.toUpperCase(), "Beta said no", "No.").statusCode(201)
                .extract().jsonPath().getLong("speaker.id");

        Map<String, Object> withAlias = claimBody(name, Map.of("exact", "Gamma said maybe"), "Maybe.");
        withAlias.put("speaker", Map.of("name", name, "aliases", List.of("the " + name + " office")));
        post("/api/articles/" + articleId + "/claims", withAlias).statusCode(201);
        long third = claim(articleId, "The " + name + " Office", "Alpha said yes", "Again.").statusCode(201)
                .extract().jsonPath().getLong("speaker.id");

        assertThat(List.of(second, third)).containsOnly(first);
        get("/api/speakers/" + first).statusCode(200).body("claimCount", equalTo(4))
                .body("aliases", hasSize(1));
    }

    @Test
    void concurrentClaimsNamingANewSpeakerAndTopicCreateEachOnlyOnce() throws Exception {
        long articleId = article(unique("Race"), BODY, null);
        String speaker = unique("Concurrent Speaker");
        String topic = unique("Concurrent topic");
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<List<Long>>> calls = java.util.stream.IntStream.range(0, clients).<Callable<List<Long>>>mapToObj(i -> () -> {
                Map<String, Object> body = claimBody(speaker, Map.of("exact", "nothing was agreed on Aleppo"),
                        "Statement " + i);
                body.put("topic", topic);
                var json = given().contentType("application/json").body(body)
                        .post("/api/articles/" + articleId + "/claims").then().statusCode(201).extract().jsonPath();
                return List.of(json.getLong("speaker.id"), json.getLong("topic.id"));
            }).toList();
            List<List<Long>> ids = new java.util.ArrayList<>();
            for (Future<List<Long>> result : pool.invokeAll(calls)) {
                ids.add(result.get());
            }
            Set<Long> speakers = ids.stream().map(pair -> pair.get(0)).collect(Collectors.toSet());
            Set<Long> topics = ids.stream().map(pair -> pair.get(1)).collect(Collectors.toSet());
            assertThat(speakers).hasSize(1);
            assertThat(topics).hasSize(1);
            assertThat(total("/api/speakers?q=" + speaker)).isEqualTo(1);
            assertThat(total("/api/claims?article=" + articleId)).isEqualTo(clients);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void quoteNotInTheArticleIs422AndStoresNothing() {
        long articleId = article(unique("Missing"), BODY, null);
        String speaker = unique("Ghost");
        claim(articleId, speaker, "a deal was signed", "Deal signed.").statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("Quote not in article"))
                .body("detail", containsString("a deal was signed"));

        assertThat(total("/api/claims?article=" + articleId)).isZero();
        assertThat(total("/api/speakers?q=" + speaker)).isZero();
    }

    @Test
    void ambiguousQuoteIs422ListingWhereItOccursAndStoresNothing() {
        long articleId = article(unique("Twice"), BODY, null);
        int first = BODY.indexOf("nothing was agreed");
        int second = BODY.lastIndexOf("nothing was agreed");

        claim(articleId, unique("Unsure"), "nothing was agreed", "Nothing agreed.").statusCode(422)
                .contentType(PROBLEM)
                .body("title", equalTo("Ambiguous quote"))
                .body("occurrences.start", equalTo(List.of(first, second)))
                .body("occurrences[1].prefix", equalTo(BODY.substring(second - 32, second)))
                .body("detail", containsString("2 times"));
        assertThat(total("/api/claims?article=" + articleId)).isZero();
    }

    @Test
    void theLongestQuoteOfOneRepeatedLetterInTheLargestArticleIs422CountingEveryPlaceAndStoresNothing() {
        long articleId = article(unique("One letter"), "a".repeat(500_000), null);

        claim(articleId, unique("Repeater"), "a".repeat(5_000), "One letter, many times.").statusCode(422)
                .contentType(PROBLEM)
                .body("title", equalTo("Ambiguous quote"))
                .body("occurrences", hasSize(10))
                .body("detail", containsString("495001 times"))
                .body("detail", containsString("and 494991 more"));
        assertThat(total("/api/claims?article=" + articleId)).isZero();
    }

    @Test
    void contextOrOffsetsResolveARepeatedQuote() {
        long articleId = article(unique("Pick"), BODY, null);
        int second = BODY.lastIndexOf("nothing was agreed");

        post("/api/articles/" + articleId + "/claims", claimBody("A", Map.of("exact", "nothing was agreed",
                "suffix", " on Aleppo"), "s")).statusCode(201).body("quote.start", equalTo(second));
        post("/api/articles/" + articleId + "/claims", claimBody("A", Map.of("exact", "nothing was agreed",
                "start", second, "end", second + 18), "s")).statusCode(201).body("quote.start", equalTo(second));
        post("/api/articles/" + articleId + "/claims", claimBody("A", Map.of("exact", "nothing was agreed",
                "start", 3, "end", 21), "s")).statusCode(422).body("title", equalTo("Quote not where given"))
                .body("occurrences", hasSize(2));
    }

    @Test
    void offsetsThroughTheApiCountCodePoints() {
        String body = "Ça va 😀 — “the talks went well”, he said.";
        long articleId = article(unique("Unicode"), body, null);
        int expectedStart = body.codePointCount(0, body.indexOf("the talks"));

        claim(articleId, "Anon", "the talks went well", "Talks went well.").statusCode(201)
                .body("quote.start", equalTo(expectedStart))
                .body("quote.end", equalTo(expectedStart + 19))
                .body("quote.prefix", equalTo("Ça va 😀 — “"));
    }

    @Test
    void listingFiltersByArticleSpeakerAndTopic() {
        long one = article(unique("FilterA"), "Red is up. Blue is down.", null);
        long two = article(unique("FilterB"), "Green is flat.", null);
        String topic = unique("Colours");
        Map<String, Object> red = claimBody(unique("Red Speaker"), Map.of("exact", "Red is up"), "Red up.");
        red.put("topic", topic);
        long redSpeaker = post("/api/articles/" + one + "/claims", red).statusCode(201)
                .extract().jsonPath().getLong("speaker.id");
        claim(one, unique("Blue Speaker"), "Blue is down", "Blue down.").statusCode(201);
        Map<String, Object> green = claimBody(unique("Green Speaker"), Map.of("exact", "Green is flat"), "Flat.");
        green.put("topic", topic);
        long topicId = post("/api/articles/" + two + "/claims", green).statusCode(201)
                .extract().jsonPath().getLong("topic.id");

        get("/api/claims?article=" + one).body("total", equalTo(2)).body("items", hasSize(2));
        get("/api/claims?speaker=" + redSpeaker).body("items.statement", equalTo(List.of("Red up.")));
        get("/api/claims?topic=" + topicId).body("items.statement", equalTo(List.of("Flat.", "Red up.")));
        get("/api/claims?article=" + one + "&topic=" + topicId).body("total", equalTo(1));
        get("/api/claims?article=" + one + "&size=1").body("items", hasSize(1)).body("total", equalTo(2));
    }

    @Test
    void editingWithTheCurrentVersionUpdatesAndReanchors() {
        long articleId = article(unique("Edit"), BODY, "2016-09-15");
        var created = claim(articleId, "Editor Test", "a joint plan was close", "Plan close.").statusCode(201)
                .extract().jsonPath();
        long id = created.getLong("id");

        Map<String, Object> edit = claimBody("Editor Test", Map.of("exact", "nothing was agreed", "suffix", ","),
                "Nothing was agreed.");
        edit.put("version", 0);
        edit.put("topic", "Edited topic");
        put("/api/claims/" + id, edit).statusCode(200)
                .body("version", equalTo(1))
                .body("statement", equalTo("Nothing was agreed."))
                .body("quote.start", equalTo(BODY.indexOf("nothing was agreed")))
                .body("topic.name", equalTo("Edited topic"))
                .body("updatedAt", notNullValue());
        get("/api/claims/" + id).body("version", equalTo(1)).body("quote.exact", equalTo("nothing was agreed"));
    }

    @Test
    void staleVersionIs409ShowingTheCurrentClaimWhatChangedAndChangesNothing() {
        long articleId = article(unique("Stale"), BODY, null);
        long id = claim(articleId, "First Writer", "a joint plan was close", "Original.").statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> first = claimBody("First Writer", Map.of("exact", "a joint plan was close"), "First edit.");
        first.put("version", 0);
        put("/api/claims/" + id, first).statusCode(200);

        Map<String, Object> second = claimBody("Second Writer", Map.of("exact", "a joint plan was close"), "Late edit.");
        second.put("version", 0);
        put("/api/claims/" + id, second).statusCode(409).contentType(PROBLEM)
                .body("current.statement", equalTo("First edit."))
                .body("current.version", equalTo(1))
                .body("detail", containsString("version 0"))
                .body("changesSince[0].by", equalTo("admin"))
                .body("changesSince[0].fields.find { it.field == 'statement' }.before", equalTo("Original."))
                .body("changesSince[0].fields.find { it.field == 'statement' }.after", equalTo("First edit."));
        get("/api/claims/" + id).body("statement", equalTo("First edit.")).body("speaker.name", equalTo("First Writer"));
    }

    @Test
    void editWithoutVersionIs422AndEditWithBadQuoteChangesNothing() {
        long articleId = article(unique("NoVersion"), BODY, null);
        long id = claim(articleId, "W", "a joint plan was close", "Original.").statusCode(201)
                .extract().jsonPath().getLong("id");

        put("/api/claims/" + id, claimBody("W", Map.of("exact", "a joint plan was close"), "Changed."))
                .statusCode(422).body("errors.field", equalTo(List.of("version")));
        Map<String, Object> badQuote = claimBody("W", Map.of("exact", "words that are absent"), "Changed.");
        badQuote.put("version", 0);
        put("/api/claims/" + id, badQuote).statusCode(422);
        get("/api/claims/" + id).body("statement", equalTo("Original.")).body("version", equalTo(0));
    }

    @Test
    void deletedClaimIsGone() {
        long articleId = article(unique("Delete"), BODY, null);
        long id = claim(articleId, "D", "a joint plan was close", "Gone soon.").statusCode(201)
                .extract().jsonPath().getLong("id");

        given().when().delete("/api/claims/" + id).then().statusCode(204);
        get("/api/claims/" + id).statusCode(404).contentType(PROBLEM);
        given().when().delete("/api/claims/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void unknownArticleOrClaimIs404() {
        claim(987654321L, "N", "x", "x").statusCode(404).contentType(PROBLEM).body("detail", containsString("article"));
        Map<String, Object> edit = claimBody("N", Map.of("exact", "x"), "x");
        edit.put("version", 0);
        put("/api/claims/987654321", edit).statusCode(404).contentType(PROBLEM);
        get("/api/claims/987654321").statusCode(404).contentType(PROBLEM).body("detail", containsString("claim"));
    }

    @Test
    void missingOrInvalidClaimFieldsAre422AndStoreNothing() {
        long articleId = article(unique("Invalid"), BODY, null);
        post("/api/articles/" + articleId + "/claims", Map.of()).statusCode(422).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("quote", "speaker", "statement")));
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", ""),
                "quote", Map.of("exact", "", "start", -1), "statement", "x".repeat(1001)))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("quote.exact", "quote.start", "speaker.name", "statement")));
        post("/api/articles/" + articleId + "/claims", claimBody("!!!", Map.of("exact", "a joint plan was close"), "x"))
                .statusCode(422).body("detail", containsString("letters or digits"));
        assertThat(total("/api/claims?article=" + articleId)).isZero();
    }

    @Test
    void aliasAlreadyNamingAnotherSpeakerIs422AndStoresNothing() {
        long articleId = article(unique("Alias"), BODY, null);
        String owner = unique("Alias Owner");
        claim(articleId, owner, "a joint plan was close", "s").statusCode(201);
        String newcomer = unique("Newcomer");
        Map<String, Object> body = claimBody(newcomer, Map.of("exact", "a joint plan was close"), "s");
        body.put("speaker", Map.of("name", newcomer, "aliases", List.of(owner)));

        post("/api/articles/" + articleId + "/claims", body).statusCode(422).body("detail", containsString(owner));
        assertThat(total("/api/speakers?q=" + newcomer)).isZero();
        assertThat(total("/api/claims?article=" + articleId)).isEqualTo(1);
    }
}
