package io.claimtracker.bench;

import io.claimtracker.account.TokenService;
import io.claimtracker.account.CredentialsChanged;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: what authenticating one API request by its token costs, looked up in the
 * database (the first request in a window) and found in the short cache (every other request), and the whole of a
 * small authenticated request over HTTP. Run with
 * {@code ./mvnw test -Dtest=TokenAuthBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(ProductionSettings.class)
class TokenAuthBenchmark {

    private static final int LOOK_UPS = 2_000;
    private static final int CACHED = 20_000;
    private static final int REQUESTS = 1_000;

    @Inject
    TokenService tokens;

    @Inject
    jakarta.enterprise.event.Event<CredentialsChanged> credentialsChanged;

    @Test
    void tokenAuthentication() {
        String secret = given().contentType("application/json").body(Map.of("name", "benchmark"))
                .post("/api/account/tokens").then().statusCode(201).extract().jsonPath().getString("secret");
        long[] lookUps = new long[LOOK_UPS];
        for (int i = 0; i < LOOK_UPS; i++) {
            credentialsChanged.fire(new CredentialsChanged());
            long started = System.nanoTime();
            assertThat(tokens.authenticate(secret)).isPresent();
            lookUps[i] = System.nanoTime() - started;
        }
        long[] cached = new long[CACHED];
        for (int i = 0; i < CACHED; i++) {
            long started = System.nanoTime();
            assertThat(tokens.authenticate(secret)).isPresent();
            cached[i] = System.nanoTime() - started;
        }
        long[] requests = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            given().auth().none().header("Authorization", "Bearer " + secret).get("/api/account").then()
                    .statusCode(200);
            requests[i] = System.nanoTime() - started;
        }
        System.out.printf(Locale.ROOT, "%nTokenAuthBenchmark: database look-up p50 %.3f ms p95 %.3f ms (%d); "
                        + "cached p50 %.4f ms p95 %.4f ms (%d); GET /api/account with the token over HTTP p50 %.2f ms "
                        + "p95 %.2f ms (%d)%n%n", ms(lookUps, 0.5), ms(lookUps, 0.95), LOOK_UPS, ms(cached, 0.5),
                ms(cached, 0.95), CACHED, ms(requests, 0.5), ms(requests, 0.95), REQUESTS);
        assertThat(ms(cached, 0.95)).isPositive();
    }

    private static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * quantile)] / 1e6;
    }
}
