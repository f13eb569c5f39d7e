package io.claimtracker.speaker;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.claim;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Proves the speaker endpoints list speakers and show each with their claims. */
@QuarkusTest
class SpeakerApiTest {

    @Test
    void speakerIsListedByNameOrAliasAndShownWithTheirClaims() {
        long articleId = article(unique("Speakers"), "The spokesman denied it. The minister confirmed it.", null);
        String name = unique("Pentagon spokesman");
        String alias = unique("DoD press office");
        long id = post("/api/articles/" + articleId + "/claims", Map.of(
                "speaker", Map.of("name", name, "affiliation", "US Department of Defense", "aliases", List.of(alias)),
                "quote", Map.of("exact", "The spokesman denied it"), "statement", "Denied."))
                .statusCode(201).extract().jsonPath().getLong("speaker.id");
        claim(articleId, name, "The minister confirmed it", "Confirmed.").statusCode(201);

        get("/api/speakers?q=" + name).statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        get("/api/speakers?q=" + alias).body("items.id", equalTo(List.of((int) id)));
        get("/api/speakers/" + id).statusCode(200)
                .body("name", equalTo(name))
                .body("affiliation", equalTo("US Department of Defense"))
                .body("aliases", equalTo(List.of(alias)))
                .body("claimCount", equalTo(2))
                .body("claims", hasSize(2))
                .body("claims.statement", equalTo(List.of("Confirmed.", "Denied.")));
    }

    @Test
    void laterClaimsFillInAMissingRoleButNeverOverwriteOne() {
        long articleId = article(unique("Roles"), "One thing. Another thing. A third thing.", null);
        String name = unique("Role Person");
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", name),
                "quote", Map.of("exact", "One thing"), "statement", "s")).statusCode(201)
                .body("speaker.role", equalTo(null));
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", name, "role", "envoy"),
                "quote", Map.of("exact", "Another thing"), "statement", "s")).statusCode(201)
                .body("speaker.role", equalTo("envoy"));
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", name, "role", "minister"),
                "quote", Map.of("exact", "A third thing"), "statement", "s")).statusCode(201)
                .body("speaker.role", equalTo("envoy"));
    }

    @Test
    void unknownSpeakerIs404() {
        get("/api/speakers/987654321").statusCode(404).contentType("application/problem+json");
    }
}
