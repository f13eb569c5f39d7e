package io.claimtracker.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Small helpers that drive the JSON API the way a client would. */
public final class Api {

    private Api() {
    }

    /** A string no other test uses, for names, titles and URLs. */
    public static String unique(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse postRaw(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse put(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    public static ValidatableResponse get(String path) {
        return given().when().get(path).then();
    }

    /** Creates an account with a name no other test uses, in the given role, and returns the name. */
    public static String account(String role, String password) {
        String name = unique(role).toLowerCase();
        post("/api/users", Map.of("username", name, "role", role, "password", password)).statusCode(201);
        return name;
    }

    /** Stores an article with the given body and returns its id. */
    public static long article(String title, String body, String publishedAt) {
        Map<String, Object> article = new java.util.HashMap<>(Map.of("title", title, "outlet", "Test Gazette",
                "body", body));
        if (publishedAt != null) {
            article.put("publishedAt", publishedAt);
        }
        return post("/api/articles", article).statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Attaches a claim quoting {@code exact} and returns the response for further checks. */
    public static ValidatableResponse claim(long articleId, String speaker, String exact, String statement) {
        return post("/api/articles/" + articleId + "/claims", Map.of(
                "speaker", Map.of("name", speaker),
                "quote", Map.of("exact", exact),
                "statement", statement));
    }

    /** How many items a listing reports in total. */
    public static long total(String path) {
        return get(path).statusCode(200).extract().jsonPath().getLong("total");
    }
}
