package io.claimtracker.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: bulk-loads {@code -Dbench.claims} claims (default 100,000) under one article
 * and 500 speakers with statements drawn from a 2,000-word vocabulary, then times {@code GET /api/claims?q=} through
 * HTTP for one word, two words, a word with filters, and the claims page. Run with
 * {@code ./mvnw test -Dtest=ClaimSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.claims=100000}.
 */
@QuarkusTest
class ClaimSearchBenchmark {

    private static final int SPEAKERS = 500;
    private static final int VOCABULARY = 2_000;
    private static final int BATCH = 1_000;
    private static final int REQUESTS = 200;

    @Inject
    EntityManager entityManager;

    private static String word(int i) {
        StringBuilder word = new StringBuilder();
        int n = i + 1_000;
        while (n > 0) {
            word.append((char) ('a' + n % 26));
            n /= 26;
        }
        return "w" + word;
    }

    @Test
    void searchAtVolume() {
        int claims = Integer.getInteger("bench.claims", 100_000);
        long articleId = given().contentType("application/json").body(Map.of("title", "Search volume", "outlet",
                "Bench Herald", "publishedAt", "2016-09-19", "body", "Words said at volume."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        long started = System.nanoTime();
        long firstSpeaker = QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder sql = new StringBuilder("INSERT INTO speaker (name, name_key, created_at, updated_at, version) VALUES ");
            for (int i = 0; i < SPEAKERS; i++) {
                sql.append(i == 0 ? "" : ",").append("('Bench speaker ").append(word(i)).append("', 'bench speaker ")
                        .append(word(i)).append("', NOW(6), NOW(6), 0)");
            }
            entityManager.createNativeQuery(sql.toString()).executeUpdate();
            return ((Number) entityManager.createNativeQuery("SELECT MIN(id) FROM speaker WHERE name LIKE 'Bench speaker %'")
                    .getSingleResult()).longValue();
        });
        Random random = new Random(7);
        for (int done = 0; done < claims; done += BATCH) {
            int batch = Math.min(BATCH, claims - done);
            StringBuilder sql = new StringBuilder("INSERT INTO claim (article_id, speaker_id, quote_exact, quote_prefix, "
                    + "quote_suffix, quote_start, quote_end, statement, said_on, speaker_named, created_by, created_at, "
                    + "updated_at, version) VALUES ");
            for (int i = 0; i < batch; i++) {
                StringBuilder statement = new StringBuilder();
                for (int w = 0; w < 12; w++) {
                    statement.append(w == 0 ? "" : " ").append(word((int) Math.floor(Math.pow(random.nextDouble(), 2)
                            * VOCABULARY)));
                }
                int speaker = random.nextInt(SPEAKERS);
                sql.append(i == 0 ? "" : ",").append('(').append(articleId).append(',').append(firstSpeaker + speaker)
                        .append(",'Words said at volume','','.',0,20,'").append(statement).append("','2016-0")
                        .append(1 + random.nextInt(9)).append("-1").append(random.nextInt(9)).append("','Bench speaker ")
                        .append(word(speaker)).append("','bench',NOW(6),NOW(6),0)");
            }
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql.toString()).executeUpdate());
        }
        double seeded = (System.nanoTime() - started) / 1e9;
        String common = word(3);
        String rare = word(1_900);
        time("warm-up", "/api/claims?q=" + common, 20);
        String[][] cases = {
            {"no words (first page)", "/api/claims"},
            {"one common word", "/api/claims?q=" + common},
            {"one rare word", "/api/claims?q=" + rare},
            {"two words", "/api/claims?q=" + common + "+" + word(10)},
            {"a word, an outlet and dates", "/api/claims?q=" + common + "&outlet=Bench+Herald&from=2016-03-01&to=2016-06-30"},
            {"a speaker's name", "/api/claims?q=" + word(42).substring(0, 4)},
            {"the claims page", "/claims?q=" + common},
        };
        long total = given().get("/api/claims?size=1").then().extract().jsonPath().getLong("total");
        System.out.printf(Locale.ROOT, "%nClaimSearchBenchmark: %,d claims in the database (%,d loaded in %.0f s), "
                + "%d requests per case, one client%n", total, claims, seeded, REQUESTS);
        for (String[] each : cases) {
            double[] times = time(each[0], each[1], REQUESTS);
            System.out.printf(Locale.ROOT, "  %-28s p50 %6.1f ms  p95 %6.1f ms  (%s matches)%n", each[0], times[0],
                    times[1], each[1].startsWith("/claims") ? "page" : String.format("%,d", (long) times[2]));
        }
        System.out.println();
        assertThat(total).isGreaterThanOrEqualTo(claims);
    }

    private static double[] time(String label, String path, int requests) {
        long[] nanos = new long[requests];
        long matches = 0;
        for (int i = 0; i < requests; i++) {
            long begun = System.nanoTime();
            var response = given().get(path).then().statusCode(200).extract();
            nanos[i] = System.nanoTime() - begun;
            if (path.startsWith("/api/")) {
                matches = response.jsonPath().getLong("total");
            }
        }
        Arrays.sort(nanos);
        return new double[] {nanos[requests / 2] / 1e6, nanos[(int) (requests * 0.95)] / 1e6, matches};
    }
}
