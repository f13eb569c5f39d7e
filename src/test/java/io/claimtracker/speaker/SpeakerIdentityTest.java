package io.claimtracker.speaker;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.put;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Proves one person stays one speaker (a surname, an honorific or a name with its role after a comma is offered the
 * known record instead of silently becoming a new one) and that a claim keeps the role its speaker held that day.
 */
@QuarkusTest
class SpeakerIdentityTest {

    private static Map<String, Object> claimBy(Map<String, Object> speaker, String exact) {
        return Map.of("speaker", speaker, "quote", Map.of("exact", exact), "statement", exact + ".");
    }

    @Test
    void aSurnameOrHonorificIsOfferedTheKnownSpeakerAndTheChoiceBecomesAnAlias() {
        String surname = unique("Sidorenko").replace("-", "");
        long articleId = article(unique("Identity"), "The corridor opens at dawn. The convoy waits at the border. "
                + "Talks resume in Geneva. Aid reaches the city.", "2016-09-12");
        long known = post("/api/articles/" + articleId + "/claims", claimBy(Map.of("name", "Pavel " + surname,
                "role", "defence minister"), "The corridor opens at dawn")).statusCode(201)
                .extract().jsonPath().getLong("speaker.id");

        var offered = post("/api/articles/" + articleId + "/claims", claimBy(Map.of("name", "Mr " + surname),
                "The convoy waits at the border")).statusCode(409)
                .body("title", equalTo("Speaker may already be on record")).extract().jsonPath();
        assertThat(offered.getList("candidates.id", Long.class)).containsExactly(known);
        assertThat(offered.getString("detail")).contains("Pavel " + surname, "defence minister");

        post("/api/articles/" + articleId + "/claims", claimBy(Map.of("name", "Mr " + surname, "id", known),
                "The convoy waits at the border")).statusCode(201).body("speaker.id", equalTo((int) known));
        get("/api/speakers/" + known).body("aliases", hasItem("Mr " + surname));
        post("/api/articles/" + articleId + "/claims", claimBy(Map.of("name", surname), "Talks resume in Geneva"))
                .statusCode(201).body("speaker.id", equalTo((int) known));
        post("/api/articles/" + articleId + "/claims", claimBy(Map.of("name", "Pavel " + surname + ", defence minister"),
                "Aid reaches the city")).statusCode(201).body("speaker.id", equalTo((int) known))
                .body("speakerRole", equalTo("defence minister"));
    }

    @Test
    void aDifferentFirstNameIsNotOfferedAndNewSpeakerRecordsAnotherPerson() {
        String surname = unique("Okonkwo").replace("-", "");
        long articleId = article(unique("Identity two"), "Prices will fall. Prices will rise.", null);
        long first = post("/api/articles/" + articleId + "/claims", claimBy(Map.of("name", "Ada " + surname),
                "Prices will fall")).statusCode(201).extract().jsonPath().getLong("speaker.id");
        long second = post("/api/articles/" + articleId + "/claims", claimBy(Map.of("name", "Chidi " + surname),
                "Prices will rise")).statusCode(201).extract().jsonPath().getLong("speaker.id");
        assertThat(second).isNotEqualTo(first);
        long third = post("/api/articles/" + articleId + "/claims", claimBy(Map.of("name", surname, "newSpeaker", true),
                "Prices will fall")).statusCode(201).extract().jsonPath().getLong("speaker.id");
        assertThat(List.of(first, second)).doesNotContain(third);
    }

    @Test
    void aClaimKeepsTheRoleItsSpeakerHeldWhenItWasSaidAfterTheRolesChange() {
        String name = unique("Jon Carey");
        long articleId = article(unique("Roles"), "We will meet in Vienna. The treaty must be ratified.", "2016-07-14");
        long speakerId = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", name),
                "quote", Map.of("exact", "We will meet in Vienna"), "statement", "They will meet in Vienna.",
                "saidOn", "2016-07-14")).statusCode(201).extract().jsonPath().getLong("speaker.id");
        put("/api/speakers/" + speakerId + "/roles", Map.of("roles", List.of(
                Map.of("title", "Senator", "from", "1985-01-03", "to", "2013-02-01"),
                Map.of("title", "Secretary of State", "from", "2013-02-01", "to", "2017-01-20"))))
                .statusCode(200).body("roles[1].to", equalTo("2017-01-20"));
        long senatorClaim = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", name),
                "quote", Map.of("exact", "The treaty must be ratified"), "statement", "The treaty must be ratified.",
                "saidOn", "2010-05-01")).statusCode(201).body("speakerRole", equalTo("Senator"))
                .extract().jsonPath().getLong("id");
        long secretaryClaim = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", name),
                "quote", Map.of("exact", "We will meet in Vienna"), "statement", "They will meet in Vienna soon.",
                "saidOn", "2016-07-14")).statusCode(201).body("speakerRole", equalTo("Secretary of State"))
                .extract().jsonPath().getLong("id");

        put("/api/speakers/" + speakerId + "/roles", Map.of("roles", List.of(Map.of("title", "Envoy", "from",
                "2021-01-20")))).statusCode(200);
        get("/api/claims/" + senatorClaim).body("speakerRole", equalTo("Senator"));
        get("/api/claims/" + secretaryClaim).body("speakerRole", equalTo("Secretary of State"));
        put("/api/speakers/" + speakerId + "/roles", Map.of("roles", List.of(Map.of("title", "Envoy", "from",
                "2021-01-20", "to", "2020-01-01")))).statusCode(422).body("detail", org.hamcrest.Matchers
                .containsString("before its start"));
        assertThat(get("/api/audit?entity=speaker&id=" + speakerId).extract().jsonPath().getList("items.action"))
                .contains("updated");
    }
}
