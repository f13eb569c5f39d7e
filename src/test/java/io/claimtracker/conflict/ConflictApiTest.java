package io.claimtracker.conflict;

import io.claimtracker.conflict.detect.JudgeSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.put;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Proves that saved claims are checked against their candidates and that flags are stored as documented. */
@QuarkusTest
class ConflictApiTest {

    private static Map<String, Object> claim(String speaker, String exact, String statement, String topic) {
        Map<String, Object> body = new HashMap<>();
        body.put("speaker", Map.of("name", speaker));
        body.put("quote", Map.of("exact", exact));
        body.put("statement", statement);
        if (topic != null) {
            body.put("topic", topic);
        }
        return body;
    }

    private static JsonPath attach(long articleId, Map<String, Object> claim) {
        return post("/api/articles/" + articleId + "/claims", claim).statusCode(201).extract().jsonPath();
    }

    /** The kind of the flag between the just-created claim and another claim, or null when there is none. */
    private static String kindWith(JsonPath created, long otherClaimId) {
        List<String> kinds = created.getList("conflicts.findAll { it.otherClaimId == " + otherClaimId + " }.kind");
        return kinds.isEmpty() ? null : kinds.get(0);
    }

    private static long flagCount(String query) {
        return get("/api/conflicts?" + query).statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void creatingAConflictingClaimReturnsTheFlagAndStoresItWithBothClaims() {
        String topic = unique("Aleppo deal");
        long first = article(unique("Upbeat"), "The minister said a joint deal on Aleppo is close.", "2016-09-19");
        long second = article(unique("Cool"), "A spokesman said no deal on Aleppo is imminent.", "2016-09-20");
        long a = attach(first, claim(unique("Minister"), "a joint deal on Aleppo is close",
                "A joint deal on Aleppo is close.", topic)).getLong("id");

        JsonPath created = attach(second, claim(unique("Spokesman"), "no deal on Aleppo is imminent",
                "No deal on Aleppo is imminent.", topic));
        List<Map<String, Object>> withA = created.getList("conflicts.findAll { it.otherClaimId == " + a + " }");
        assertThat(withA).hasSize(1);
        assertThat(withA.get(0).get("kind")).isEqualTo("POLARITY");
        long flagId = ((Number) withA.get(0).get("id")).longValue();

        get("/api/conflicts/" + flagId).statusCode(200)
                .body("kind", equalTo("POLARITY"))
                .body("status", equalTo("OPEN"))
                .body("detectorVersion", equalTo(io.claimtracker.conflict.detect.JudgeSettings.VERSION))
                .body("detectedAt", notNullValue())
                .body("explanation", containsString("No deal on Aleppo"))
                .body("a.id", equalTo((int) a))
                .body("a.quote.exact", equalTo("a joint deal on Aleppo is close"))
                .body("a.article.outlet", equalTo("Test Gazette"))
                .body("a.article.publishedAt", equalTo("2016-09-19"))
                .body("b.statement", equalTo("No deal on Aleppo is imminent."))
                .body("b.article.title", notNullValue());
        assertThat(get("/api/conflicts/" + flagId).extract().jsonPath().getDouble("score")).isBetween(0.0, 1.0);
    }

    @Test
    void alikeClaimsFiledUnderDifferentTopicsAreNotCompared() {
        long articleId = article(unique("Stories"), "7 people were killed. 9 people were killed.", null);
        attach(articleId, claim("Medic", "7 people were killed", "7 people were killed in the market raid.",
                unique("Market raid")));
        JsonPath other = attach(articleId, claim("Medic", "9 people were killed", "9 people were killed in the market raid.",
                unique("Hospital raid")));

        assertThat(other.getList("conflicts")).isEmpty();
    }

    @Test
    void agreeingClaimsRaiseNoFlag() {
        String topic = unique("Convoy");
        long articleId = article(unique("Agree"), "The convoy reached the city. Aid trucks arrived in the city.", null);
        attach(articleId, claim("Aid worker", "The convoy reached the city", "The convoy reached the city.", topic));
        JsonPath second = attach(articleId, claim("Official", "Aid trucks arrived in the city",
                "Aid trucks arrived in the city.", topic));

        assertThat(second.getList("conflicts")).isEmpty();
    }

    @Test
    void claimsSharingANamedEntityAreComparedWithoutATopic() {
        String place = "Zorbatown" + unique("x").substring(2, 6).replaceAll("[^a-f]", "q");
        long articleId = article(unique("Entity"), "Rebels accepted the truce in " + place + ". Rebels rejected the truce in "
                + place + ".", null);
        long first = attach(articleId, claim("Rebel spokesman", "Rebels accepted the truce in " + place,
                "Rebels accepted the truce in " + place + ".", null)).getLong("id");
        JsonPath second = attach(articleId, claim("Army spokesman", "Rebels rejected the truce in " + place,
                "Rebels rejected the truce in " + place + ".", null));

        assertThat(kindWith(second, first)).isEqualTo("OPPOSED_ACTION");
    }

    @Test
    void similarStatementsAreComparedWithoutTopicOrEntities() {
        String held = "the marmalade ceasefire held through the night";
        String broke = "the marmalade ceasefire did not hold through the night";
        long articleId = article(unique("Similar"), held + ". " + broke + ".", null);
        long first = attach(articleId, claim("first observer", held, held + ".", null)).getLong("id");
        JsonPath second = attach(articleId, claim("second observer", broke, broke + ".", null));

        assertThat(kindWith(second, first)).isEqualTo("POLARITY");
    }

    @Test
    void editingAClaimReevaluatesItsOpenFlags() {
        String topic = unique("Toll");
        long articleId = article(unique("Edit"), "30 people were killed. 32 people were killed. 30 people died.", null);
        long first = attach(articleId, claim("Medic", "30 people were killed", "30 people were killed in the raid.", topic))
                .getLong("id");
        JsonPath second = attach(articleId, claim("Officer", "32 people were killed", "32 people were killed in the raid.", topic));
        long id = second.getLong("id");
        assertThat(kindWith(second, first)).isEqualTo("NUMERIC");

        Map<String, Object> agreeing = claim("Officer", "30 people died", "30 people were killed in the raid.", topic);
        agreeing.put("version", second.getLong("version"));
        assertThat(kindWith(put("/api/claims/" + id, agreeing).statusCode(200).extract().jsonPath(), first)).isNull();
        assertThat(get("/api/conflicts?claim=" + id).extract().jsonPath()
                .getList("items.findAll { it.a.id == " + first + " }")).isEmpty();

        Map<String, Object> conflicting = claim("Officer", "32 people were killed", "32 people were killed in the raid.", topic);
        conflicting.put("version", second.getLong("version") + 1);
        assertThat(kindWith(put("/api/claims/" + id, conflicting).statusCode(200).extract().jsonPath(), first))
                .isEqualTo("NUMERIC");
    }

    /**
     * Proves a topic lists every flag one of whose claims is in it, once, highest score first across pages, and that
     * flags follow claims an edit moves: confirmed flags stand when a claim moves, so one flag can belong to two.
     */
    @Test
    void aTopicListsEachFlagWithAClaimInItOnceInScoreOrderAndFollowsClaimsThatMove() {
        String first = unique("Raid toll");
        String second = unique("Raid toll moved");
        long articleId = article(unique("Move"), "30 people were killed. 32 people were killed. 35 people were killed.",
                null);
        List<JsonPath> claims = new ArrayList<>();
        for (int count : new int[] {30, 32, 35}) {
            claims.add(attach(articleId, claim("Witness " + count, count + " people were killed",
                    count + " people were killed in the raid.", first)));
        }
        long topicOne = claims.get(0).getLong("topic.id");
        List<Long> flagIds = topicListing(topicOne);
        assertThat(flagIds).hasSize(3).isEqualTo(expectedListing(claims, topicOne));
        for (long flagId : flagIds) {
            long version = get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version");
            post("/api/conflicts/" + flagId + "/decisions", Map.of("action", "CONFIRM", "version", version))
                    .statusCode(200);
        }

        for (int moved : new int[] {2, 0}) {
            JsonPath claim = claims.get(moved);
            Map<String, Object> edit = claim(claim.getString("speaker.name"), claim.getString("quote.exact"),
                    claim.getString("statement"), second);
            edit.put("version", claim.getLong("version"));
            claims.set(moved, put("/api/claims/" + claim.getLong("id"), edit).statusCode(200).extract().jsonPath());
            long topicTwo = claims.get(moved).getLong("topic.id");
            assertThat(topicListing(topicOne)).isEqualTo(expectedListing(claims, topicOne));
            assertThat(topicListing(topicTwo)).hasSize(moved == 2 ? 2 : 3).isEqualTo(expectedListing(claims, topicTwo));
        }
    }

    /** A topic's flag ids page by page, one per page, checking the total on each page. */
    private static List<Long> topicListing(long topicId) {
        long total = get("/api/conflicts?topic=" + topicId + "&size=1").extract().jsonPath().getLong("total");
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < total; page++) {
            JsonPath listed = get("/api/conflicts?topic=" + topicId + "&size=1&page=" + page).extract().jsonPath();
            assertThat(listed.getLong("total")).isEqualTo(total);
            ids.add(listed.getLong("items[0].id"));
        }
        return ids;
    }

    /**
     * The flags of the given claims whose first or second claim is now in the topic, by the claims' own topics as
     * the API reports them, highest score first.
     */
    private static List<Long> expectedListing(List<JsonPath> claims, long topicId) {
        Map<Long, Map<String, Object>> flags = new java.util.TreeMap<>();
        for (JsonPath claim : claims) {
            List<Map<String, Object>> items = get("/api/conflicts?claim=" + claim.getLong("id") + "&size=100")
                    .extract().jsonPath().getList("items");
            items.forEach(flag -> flags.put(((Number) flag.get("id")).longValue(), flag));
        }
        return flags.values().stream()
                .filter(flag -> topicOf(flag, "a") == topicId || topicOf(flag, "b") == topicId)
                .sorted(java.util.Comparator.comparingDouble((Map<String, Object> flag) ->
                        -((Number) flag.get("score")).doubleValue())
                        .thenComparingLong(flag -> -((Number) flag.get("id")).longValue()))
                .map(flag -> ((Number) flag.get("id")).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static long topicOf(Map<String, Object> flag, String side) {
        Map<String, Object> topic = (Map<String, Object>) ((Map<String, Object>) flag.get(side)).get("topic");
        return topic == null ? -1 : ((Number) topic.get("id")).longValue();
    }

    @Test
    void flagsAnEditorRuledOnAreNeverOverwrittenAndKeepTheirClaims() {
        String topic = unique("Ruled");
        long articleId = article(unique("Ruled"), "The bridge was opened. The bridge was closed. The bridge was painted.", null);
        long a = attach(articleId, claim("Mayor", "The bridge was opened", "The bridge was opened.", topic)).getLong("id");
        JsonPath second = attach(articleId, claim("Police", "The bridge was closed", "The bridge was closed.", topic));
        long b = second.getLong("id");
        String withA = "conflicts.find { it.otherClaimId == " + a + " }";
        long flagId = second.getLong(withA + ".id");
        String explanation = second.getString(withA + ".explanation");
        QuarkusTransaction.requiringNew().run(() -> Conflict.update("status = ?1 where id = ?2",
                ConflictStatus.DISMISSED, flagId));

        Map<String, Object> edit = claim("Police", "The bridge was painted", "The bridge was painted.", topic);
        edit.put("version", second.getLong("version"));
        put("/api/claims/" + b, edit).statusCode(200);
        get("/api/conflicts/" + flagId).statusCode(200).body("status", equalTo("DISMISSED"))
                .body("explanation", equalTo(explanation));

        given().delete("/api/claims/" + a).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("#" + flagId));
        get("/api/claims/" + a).statusCode(200);
    }

    @Test
    void deletingAClaimClearsItsOpenFlags() {
        String topic = unique("Delete");
        long articleId = article(unique("Del"), "Talks resumed. Talks did not resume.", null);
        attach(articleId, claim("Delegate one", "Talks resumed", "Talks resumed in the capital.", topic));
        long b = attach(articleId, claim("Delegate two", "Talks did not resume", "Talks did not resume in the capital.", topic))
                .getLong("id");
        assertThat(flagCount("claim=" + b)).isEqualTo(1);

        given().delete("/api/claims/" + b).then().statusCode(204);
        assertThat(flagCount("claim=" + b)).isZero();
    }

    @Test
    void concurrentClaimsOnOneTopicFlagEveryPairExactlyOnce() throws Exception {
        String topic = unique("Concurrent toll");
        StringBuilder body = new StringBuilder();
        int clients = 8;
        for (int i = 0; i < clients; i++) {
            body.append(10 + i).append(" people were killed. ");
        }
        long articleId = article(unique("Race"), body.toString(), null);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Long>> calls = IntStream.range(0, clients).<Callable<Long>>mapToObj(i -> () -> given()
                    .contentType("application/json")
                    .body(claim("Source " + i, (10 + i) + " people were killed",
                            (10 + i) + " people were killed in the raid.", topic))
                    .post("/api/articles/" + articleId + "/claims").then().statusCode(201)
                    .extract().jsonPath().getLong("id")).toList();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> id : pool.invokeAll(calls)) {
                ids.add(id.get());
            }
            long topicId = get("/api/claims/" + ids.get(0)).extract().jsonPath().getLong("topic.id");
            JsonPath flags = get("/api/conflicts?topic=" + topicId + "&size=100").statusCode(200).extract().jsonPath();
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            while (flags.getLong("total") < clients * (clients - 1) / 2 && Instant.now().isBefore(until)) {
                Thread.sleep(200);
                flags = get("/api/conflicts?topic=" + topicId + "&size=100").statusCode(200).extract().jsonPath();
            }
            assertThat(flags.getLong("total")).as("every pair, once a check deferred by a concurrent one has run")
                    .isEqualTo(clients * (clients - 1) / 2);
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < flags.getList("items").size(); i++) {
                pairs.add(flags.getLong("items[" + i + "].a.id") + "-" + flags.getLong("items[" + i + "].b.id"));
            }
            assertThat(pairs).doesNotHaveDuplicates();
            assertThat(flags.getList("items.kind", String.class)).containsOnly("NUMERIC");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oppositeStancesOnAPropositionConflictAndStanceNeedsAProposition() {
        String topic = unique("Stance");
        String proposition = "US and Russia are close to a military deal";
        long articleId = article(unique("Stance"), "Progress comes a little at a time. No arrangement exists at all.", null);
        Map<String, Object> forIt = claim("Envoy", "Progress comes a little at a time", "Progress is being made.", topic);
        forIt.put("proposition", proposition);
        forIt.put("stance", "FOR");
        long forId = attach(articleId, forIt).getLong("id");
        Map<String, Object> against = claim("Spokesman", "No arrangement exists at all", "No arrangement exists.", topic);
        against.put("proposition", proposition);
        against.put("stance", "AGAINST");
        JsonPath second = attach(articleId, against);

        assertThat(second.getString("stance")).isEqualTo("AGAINST");
        assertThat(kindWith(second, forId)).isEqualTo("STANCE");
        Map<String, Object> half = claim("Spokesman", "No arrangement exists at all", "Nothing.", topic);
        half.put("stance", "FOR");
        post("/api/articles/" + articleId + "/claims", half).statusCode(422)
                .body("errors.field", equalTo(List.of("proposition")));
    }

    @Test
    void aSpeakerContradictingThemselfIsMarkedAsAReversal() {
        String topic = unique("Reversal");
        String speaker = unique("Flip Flopper");
        long articleId = article(unique("Rev"), "The minister attended the summit. The minister did not attend the summit.", null);
        long first = attach(articleId, claim(speaker, "The minister attended the summit",
                "The minister attended the summit.", topic)).getLong("id");
        JsonPath second = attach(articleId, claim(speaker, "The minister did not attend the summit",
                "The minister did not attend the summit.", topic));

        assertThat(second.getBoolean("conflicts.find { it.otherClaimId == " + first + " }.reversal")).isTrue();
    }

    @Test
    void listingFiltersAndSortsByScore() {
        String topic = unique("Filters");
        String speaker = unique("Filter Speaker");
        long articleId = article(unique("Filter"), "The port was opened. The port was closed. 5 ships docked. 9 ships docked.", null);
        attach(articleId, claim(speaker, "The port was opened", "The port was opened.", topic));
        attach(articleId, claim("Harbour master", "The port was closed", "The port was closed.", topic));
        JsonPath ships = attach(articleId, claim("Agent", "5 ships docked", "5 ships docked in the port.", topic));
        attach(articleId, claim("Pilot", "9 ships docked", "9 ships docked in the port.", topic));
        long topicId = ships.getLong("topic.id");
        long speakerId = get("/api/speakers?q=" + speaker).extract().jsonPath().getLong("items[0].id");

        List<Float> scores = get("/api/conflicts?topic=" + topicId).statusCode(200).extract().jsonPath().getList("items.score");
        assertThat(scores).isSortedAccordingTo((x, y) -> Float.compare(y, x));
        assertThat(flagCount("topic=" + topicId + "&kind=numeric")).isEqualTo(1);
        assertThat(flagCount("topic=" + topicId + "&kind=OPPOSED_ACTION&status=OPEN")).isEqualTo(1);
        assertThat(flagCount("speaker=" + speakerId)).isEqualTo(1);
        assertThat(flagCount("topic=" + topicId + "&status=DISMISSED")).isZero();
        get("/api/conflicts?kind=sideways").statusCode(400).body("detail", containsString("NUMERIC"));
        get("/api/conflicts/987654321").statusCode(404);
    }

    @Test
    void statelessCheckExplainsAndStoresNothing() {
        long before = flagCount("size=1");
        post("/api/conflicts/check", Map.of("a", "Talks will be held tomorrow", "b", "Negotiations opened on Monday",
                "aDate", "2016-09-19")).statusCode(200)
                .body("conflict", equalTo(true))
                .body("kind", equalTo("TEMPORAL"))
                .body("explanation", containsString("Tuesday 20 September 2016"));
        post("/api/conflicts/check", Map.of("a", "The talks went well", "b", "Negotiations went well"))
                .statusCode(200).body("conflict", equalTo(false));
        post("/api/conflicts/check", Map.of("a", "only one")).statusCode(422).body("errors.field", equalTo(List.of("b")));
        assertThat(flagCount("size=1")).isEqualTo(before);
    }

    @Test
    void batchCheckAnswersEachPairInOrderAndRefusesMoreThanAHundred() {
        long before = flagCount("size=1");
        post("/api/conflicts/checks", Map.of("pairs", List.of(
                Map.of("a", "The ceasefire took effect on Monday evening.", "b",
                        "The ceasefire took effect on Tuesday evening.", "aDate", "2016-09-19"),
                Map.of("a", "The envoy praised the agreement.", "b", "The envoy welcomed the deal."))))
                .statusCode(200)
                .body("results.conflict", equalTo(List.of(true, false)))
                .body("results[0].kind", equalTo("TEMPORAL"));
        List<Map<String, String>> tooMany = java.util.Collections.nCopies(101, Map.of("a", "x", "b", "y"));
        post("/api/conflicts/checks", Map.of("pairs", tooMany)).statusCode(422)
                .body("errors[0].field", containsString("pairs"));
        post("/api/conflicts/checks", Map.of("pairs", List.of(Map.of("a", "only one")))).statusCode(422);
        assertThat(flagCount("size=1")).isEqualTo(before);
    }

    @Test
    void aRescanSilentForTooLongIsSupersededByANewOne() throws Exception {
        long stale = QuarkusTransaction.requiringNew().call(() -> {
            Rescan dead = new Rescan();
            dead.status = io.claimtracker.common.jobs.JobStatus.RUNNING;
            dead.detectorVersion = "rules-1";
            dead.requestedBy = "test";
            dead.startedAt = Instant.now().minus(Duration.ofHours(1));
            dead.progressedAt = dead.startedAt;
            dead.persist();
            return dead.id;
        });

        String location = post("/api/conflicts/rescans", "").statusCode(202).extract().header("Location");
        get("/api/conflicts/rescans/" + stale).statusCode(200).body("status", equalTo("FAILED"))
                .body("failure", containsString("Interrupted"));
        awaitDone(location);
    }

    private static void awaitDone(String location) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        String status = "RUNNING";
        while (status.equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = given().get(location).then().statusCode(200).extract().jsonPath().getString("status");
        }
        assertThat(status).isEqualTo("DONE");
    }

    @Test
    void rescanRunsInTheBackgroundAndRestoresMissingFlags() throws Exception {
        String topic = unique("Rescan");
        long articleId = article(unique("Rescan"), "The airport was opened. The airport was closed.", null);
        attach(articleId, claim("A", "The airport was opened", "The airport was opened.", topic));
        long b = attach(articleId, claim("B", "The airport was closed", "The airport was closed.", topic)).getLong("id");
        QuarkusTransaction.requiringNew().run(() -> Conflict.delete("claimB.id = ?1 or claimA.id = ?1", b));
        assertThat(flagCount("claim=" + b)).isZero();

        var started = post("/api/conflicts/rescans", "").statusCode(202).body("status", equalTo("RUNNING")).extract();
        String location = started.header("Location");
        assertThat(location).contains("/api/conflicts/rescans/");
        awaitDone(location);
        JsonPath finished = given().get(location).then().extract().jsonPath();
        assertThat(finished.getInt("done")).isEqualTo(finished.getInt("total"));
        assertThat(flagCount("claim=" + b)).isEqualTo(1);
    }

    @Test
    void aRescanBringsOpenFlagsToTheCurrentDetectorAndLeavesRuledOnesAlone() throws Exception {
        String topic = unique("Upgrade");
        long articleId = article(unique("Upgrade"), "The bridge was opened. The bridge was closed. The ferry was "
                + "opened. The ferry was closed.", null);
        attach(articleId, claim("A", "The bridge was opened", "The bridge was opened.", topic));
        long open = attach(articleId, claim("B", "The bridge was closed", "The bridge was closed.", topic))
                .getLong("conflicts[0].id");
        attach(articleId, claim("C", "The ferry was opened", "The ferry was opened.", topic));
        long ruled = attach(articleId, claim("D", "The ferry was closed", "The ferry was closed.", topic))
                .getLong("conflicts[0].id");
        long version = get("/api/conflicts/" + ruled).extract().jsonPath().getLong("version");
        post("/api/conflicts/" + ruled + "/decisions", Map.of("action", "CONFIRM", "version", version)).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Conflict.getEntityManager().createNativeQuery(
                "UPDATE conflict SET detector_version = 'rules-0' WHERE id IN (?1, ?2)").setParameter(1, open)
                .setParameter(2, ruled).executeUpdate());

        awaitDone(post("/api/conflicts/rescans", "").statusCode(202).extract().header("Location"));

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Conflict.<Conflict>findById(open).detectorVersion).isEqualTo(JudgeSettings.VERSION);
            Conflict confirmed = Conflict.findById(ruled);
            assertThat(confirmed.detectorVersion).isEqualTo("rules-0");
            assertThat(confirmed.status).isEqualTo(ConflictStatus.CONFIRMED);
        });
    }
}
