package io.claimtracker.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.claim;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.put;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Proves that changes are recorded with who, when, how and before/after, and outlive the record they describe. */
@QuarkusTest
class AuditApiTest {

    private static JsonPath audit(String entity, long id) {
        return get("/api/audit?entity=" + entity + "&id=" + id).statusCode(200).extract().jsonPath();
    }

    @Test
    void claimEditsAreRecordedWithTheChangedFieldsAndSurviveDeletion() {
        long articleId = article(unique("Audit"), "The bridge reopened on Monday after repairs.", "2024-03-04");
        long claimId = claim(articleId, "Works engineer", "reopened on Monday", "The bridge reopened on Monday.")
                .statusCode(201).extract().jsonPath().getLong("id");
        put("/api/claims/" + claimId, Map.of("speaker", Map.of("name", "Works engineer"),
                "quote", Map.of("exact", "reopened on Monday"), "statement", "The bridge was open again on Monday.",
                "version", 0)).statusCode(200);
        given().delete("/api/claims/" + claimId).then().statusCode(204);

        JsonPath history = audit("claim", claimId);
        assertThat(history.getList("items.action")).containsExactly("created", "updated", "deleted");
        assertThat(history.getList("items.channel")).containsOnly("api");
        assertThat(history.getList("items.actor")).doesNotContainNull();
        assertThat(history.getString("items[1].before.statement")).isEqualTo("The bridge reopened on Monday.");
        assertThat(history.getString("items[1].after.statement")).isEqualTo("The bridge was open again on Monday.");
        assertThat(history.getList("items[1].changes.field")).contains("statement", "version").doesNotContain("quote");
        assertThat(history.getString("items[2].after")).isNull();
        assertThat(history.getString("items[0].at")).isNotBlank();
    }

    @Test
    void articleSpeakerTopicAndPageChangesAreRecordedOnceWithTheirInterface() {
        String speaker = unique("Harbour pilot");
        String topic = unique("Audit topic");
        long articleId = article(unique("Audit article"), "Ferries will sail again in April.", null);
        given().contentType("application/x-www-form-urlencoded").redirects().follow(false)
                .formParams(Map.of("exact", "sail again in April", "speaker", speaker, "statement",
                        "Ferries resume in April.", "topic", topic))
                .post("/articles/" + articleId + "/claims").then().statusCode(303);
        claim(articleId, speaker, "Ferries will sail", "Ferries will sail.").statusCode(201);

        assertThat(audit("article", articleId).getList("items.action")).containsExactly("created");
        long speakerId = get("/api/speakers?q=" + speaker).extract().jsonPath().getLong("items[0].id");
        JsonPath speakerHistory = audit("speaker", speakerId);
        assertThat(speakerHistory.getList("items.action")).containsExactly("created");
        assertThat(speakerHistory.getString("items[0].channel")).isEqualTo("web");
        assertThat(speakerHistory.getString("items[0].after.name")).isEqualTo(speaker);
        long topicId = get("/api/topics?q=" + topic).extract().jsonPath().getLong("items[0].id");
        assertThat(audit("topic", topicId).getList("items.action")).containsExactly("created");
    }

    @Test
    void rulingsOnFlagsAreRecordedWithStatusBeforeAndAfter() {
        String topic = unique("Audit ruling");
        long articleId = article(unique("Ruling"), "The mill was sold. The mill was not sold.", null);
        long first = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Mill owner"),
                "quote", Map.of("exact", "The mill was sold."), "statement", "The mill was sold.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");
        long flagId = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Mill clerk"),
                "quote", Map.of("exact", "The mill was not sold."), "statement", "The mill was not sold.",
                "topic", topic)).statusCode(201).extract().jsonPath()
                .getLong("conflicts.find { it.otherClaimId == " + first + " }.id");
        long version = get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version");
        post("/api/conflicts/" + flagId + "/decisions", Map.of("action", "CONFIRM", "version", version)).statusCode(200);

        JsonPath history = audit("conflict", flagId);
        assertThat(history.getList("items.action")).containsExactly("confirm");
        assertThat(history.getString("items[0].before.status")).isEqualTo("OPEN");
        assertThat(history.getString("items[0].after.status")).isEqualTo("CONFIRMED");
    }

    @Test
    void unknownEntityOrMissingIdIsRefusedWithTheAllowedValues() {
        get("/api/audit?entity=invoice&id=1").statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("entity"))
                .body("detail", org.hamcrest.Matchers.containsString("claim"));
        get("/api/audit?entity=claim").statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
        assertThat(get("/api/audit?entity=claim&id=987654321").statusCode(200).extract().jsonPath()
                .getList("items")).isEqualTo(List.of());
    }
}
