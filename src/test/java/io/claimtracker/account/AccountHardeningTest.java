package io.claimtracker.account;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import io.claimtracker.support.Api;

import static io.claimtracker.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Proves sign-in with a next address holding whitespace or control characters lands on the home page instead of
 * failing, and that only administrators read the history of accounts.
 */
@QuarkusTest
class AccountHardeningTest {

    private static final String PASSWORD = "correct horse battery";

    private static String account(String role) {
        return Api.account(role, PASSWORD);
    }

    @Test
    void aNextAddressWithWhitespaceOrControlCharactersSignsInToTheHomePage() {
        String editor = account("editor");
        for (String next : List.of("/articles\tx", "/articles x", "/articles\u000Bx", "/articles\fx", "/a|b{c}")) {
            given().auth().none().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(Map.of("username", editor, "password", PASSWORD, "next", next)).post("/login").then()
                    .statusCode(303).header("Location", matchesPattern("^https?://[^/]+/$"));
        }
    }

    private static String token(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType("application/json")
                .body(Map.of("name", "script")).post("/api/account/tokens").then().statusCode(201).extract()
                .jsonPath().getString("secret");
    }

    @Test
    void changingOrResettingAPasswordRevokesTheAccountsApiTokens() {
        String editor = account("editor");
        String first = token(editor);
        given().auth().none().header("Authorization", "Bearer " + first).get("/api/account").then().statusCode(200);
        given().auth().preemptive().basic(editor, PASSWORD).contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "another long passphrase"))
                .put("/api/account/password").then().statusCode(204);
        given().auth().none().header("Authorization", "Bearer " + first).get("/api/account").then().statusCode(401);

        String reviewer = account("reviewer");
        String second = token(reviewer);
        long id = given().get("/api/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + reviewer + "' }.id");
        given().contentType("application/json").body(Map.of("newPassword", "a reset passphrase here"))
                .put("/api/users/" + id + "/password").then().statusCode(204);
        given().auth().none().header("Authorization", "Bearer " + second).get("/api/account").then().statusCode(401);
    }

    @Test
    void theAdminAccountFormWithoutAVersionAsksForOneInsteadOfFailing() {
        String editor = account("editor");
        long id = given().get("/api/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + editor + "' }.id");
        String page = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("role", "reviewer", "enabled", "on")).post("/admin/users/" + id).then()
                .statusCode(422).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page).contains("version");
        given().get("/api/users/" + id).then().body("role", equalTo("editor"));
    }

    @Test
    void onlyAdministratorsReadTheHistoryOfAccounts() {
        String editor = account("editor");
        long id = given().get("/api/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + editor + "' }.id");
        given().auth().preemptive().basic(editor, PASSWORD).get("/api/audit?entity=user&id=" + id).then()
                .statusCode(403).contentType("application/problem+json").body("title", equalTo("Administrators only"));
        given().get("/api/audit?entity=user&id=" + id).then().statusCode(200);
        given().auth().preemptive().basic(editor, PASSWORD).get("/api/audit?entity=claim&id=1").then().statusCode(200);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledEvenWhenTheGuessesArriveTogether() throws Exception {
        String editor = account("editor");
        String bearer = "Bearer " + token(editor);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int guess = i;
            answers.add(pool.submit(() -> given().auth().none().header("Authorization", bearer)
                    .contentType("application/json")
                    .body(Map.of("currentPassword", "wrong guess " + guess, "newPassword", "another long passphrase"))
                    .put("/api/account/password").then().extract().statusCode()));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        org.assertj.core.api.Assertions.assertThat(statuses).containsOnly(422, 429);
        org.assertj.core.api.Assertions.assertThat(statuses.stream().filter(status -> status == 422).count())
                .isEqualTo(5);
        given().auth().none().header("Authorization", bearer).contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "another long passphrase"))
                .put("/api/account/password").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"))
                .body("title", equalTo("Too many wrong current passwords"));
        given().auth().preemptive().basic(editor, PASSWORD).get("/api/account").then().statusCode(200);
    }
}
