package io.claimtracker.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.claimtracker.support.Api.account;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves a flood of simultaneous wrong sign-ins for one account, through the form and HTTP Basic, gets no 5xx,
 * has at most the limit of passwords actually checked (the rest 429), locks the right password out afterwards,
 * and leaves signed-in users' requests answered meanwhile.
 */
@QuarkusTest
class SignInFloodTest {

    private static final String PASSWORD = "correct horse battery";
    private static final int LIMIT = 5;

    @Test
    void fortySimultaneousWrongSignInsCheckAtMostTheLimitAndNothingFails() throws Exception {
        String victim = account("editor", PASSWORD);
        String bystander = account("editor", PASSWORD);
        String token = given().auth().preemptive().basic(bystander, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("name", "flood test")).post("/api/account/tokens").then().statusCode(201).extract()
                .jsonPath().getString("secret");

        ExecutorService pool = Executors.newFixedThreadPool(48);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> guesses = new ArrayList<>();
        List<Future<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int attempt = i;
            Callable<Integer> guess = attempt % 2 == 0
                    ? () -> given().auth().none().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                            .formParams(Map.of("username", victim, "password", "guess " + attempt)).post("/login")
                            .statusCode()
                    : () -> given().auth().preemptive().basic(victim, "guess " + attempt).get("/api/account")
                            .statusCode();
            guesses.add(pool.submit(() -> {
                start.await();
                return guess.call();
            }));
        }
        for (int i = 0; i < 8; i++) {
            readers.add(pool.submit(() -> {
                start.await();
                return given().auth().none().header("Authorization", "Bearer " + token).get("/api/articles?size=1")
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> guess : guesses) {
            statuses.add(guess.get());
        }
        List<Integer> read = new ArrayList<>();
        for (Future<Integer> reader : readers) {
            read.add(reader.get());
        }
        pool.shutdown();

        assertThat(statuses).allMatch(status -> status == 401 || status == 429);
        assertThat(statuses.stream().filter(status -> status == 401).count()).isLessThanOrEqualTo(LIMIT);
        assertThat(read).containsOnly(200);
        given().auth().none().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("username", victim, "password", PASSWORD)).post("/login").then().statusCode(429);
    }

    @Test
    void accentedOrFullWidthSpellingsShareTheLockOfTheName() {
        String victim = "victim" + unique("x").substring(2).toLowerCase().replace("-", "");
        post("/api/users", Map.of("username", victim, "role", "editor", "password", PASSWORD)).statusCode(201);
        for (int i = 0; i < LIMIT; i++) {
            given().auth().none().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(Map.of("username", victim, "password", "wrong " + i)).post("/login").then()
                    .statusCode(401);
        }
        String accented = victim.replaceFirst("i", "í");
        String fullWidth = "ｖ" + victim.substring(1);
        for (String spelling : List.of(accented, fullWidth, victim.toUpperCase())) {
            given().auth().none().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(Map.of("username", spelling, "password", PASSWORD)).post("/login").then()
                    .statusCode(429);
        }
    }

    @Test
    void invisibleOrControlCharactersInANameCountAsThatNameAndAreRefusedForNewAccounts() {
        String victim = "victim" + unique("x").substring(2).toLowerCase().replace("-", "");
        post("/api/users", Map.of("username", victim, "role", "editor", "password", PASSWORD)).statusCode(201);
        List<String> spellings = List.of(victim + "\u200b", victim.substring(0, 3) + "\u2060" + victim.substring(3),
                "\ufeff" + victim, victim + "\u00a0", victim.substring(0, 2) + "\u0007" + victim.substring(2));
        for (String spelling : spellings) {
            given().auth().none().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(Map.of("username", spelling, "password", "wrong " + spelling.length())).post("/login")
                    .then().statusCode(401);
        }
        given().auth().none().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("username", victim + "\u200b\u200b", "password", PASSWORD)).post("/login").then()
                .statusCode(429);
        given().auth().none().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("username", victim, "password", PASSWORD)).post("/login").then().statusCode(429);

        post("/api/users", Map.of("username", "ad\u200bmin" + victim, "role", "editor", "password", PASSWORD))
                .statusCode(422);
    }
}
