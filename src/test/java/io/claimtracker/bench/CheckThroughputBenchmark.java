package io.claimtracker.bench;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: the stateless conflict check through HTTP with a personal API token, one pair
 * per request ({@code POST /api/conflicts/check}) and 50 pairs per request ({@code POST /api/conflicts/checks}),
 * from CLIENTS concurrent clients, rules and contradiction model included. The pairs of one batch are made distinct
 * (an item number on A), so that a batch is not the same 30 pairs repeated. Run with
 * {@code ./mvnw test -Dtest=CheckThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class CheckThroughputBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int SINGLE_REQUESTS = Integer.getInteger("bench.single", 400);
    private static final int BATCH_REQUESTS = Integer.getInteger("bench.batches", 40);
    private static final int BATCH = 50;

    @Test
    void pairsPerSecondThroughHttpWithAToken() throws Exception {
        String token = given().contentType("application/json").body(Map.of("name", "throughput benchmark"))
                .post("/api/account/tokens").then().statusCode(201).extract().jsonPath().getString("secret");
        List<Map<String, String>> pairs = pairs();
        for (int i = 0; i < 20; i++) {
            single(token, pairs.get(i % pairs.size()));
        }
        double singleRate = run(SINGLE_REQUESTS, i -> single(token, pairs.get(i % pairs.size())), 1);
        double batchRate = run(BATCH_REQUESTS, i -> batch(token, pairs, i), BATCH);
        System.out.printf(Locale.ROOT, "%nCheckThroughputBenchmark: %d clients, token authentication%n"
                        + "  POST /api/conflicts/check  (1 pair per request):   %.0f pairs/s%n"
                        + "  POST /api/conflicts/checks (%d pairs per request): %.0f pairs/s%n%n",
                CLIENTS, singleRate, BATCH, batchRate);
        assertThat(singleRate).isPositive();
    }

    interface Request {
        void send(int index);
    }

    private static double run(int requests, Request request, int pairsPerRequest) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int index = i;
            done.add(pool.submit(() -> request.send(index)));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return requests * pairsPerRequest / seconds;
    }

    private static void single(String token, Map<String, String> pair) {
        given().auth().none().header("Authorization", "Bearer " + token).contentType("application/json").body(pair)
                .post("/api/conflicts/check").then().statusCode(200);
    }

    private static void batch(String token, List<Map<String, String>> pairs, int offset) {
        List<Map<String, String>> chunk = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            int n = offset * BATCH + i;
            Map<String, String> pair = pairs.get(n % pairs.size());
            chunk.add(Map.of("a", pair.get("a") + " (item " + n + ")", "b", pair.get("b")));
        }
        given().auth().none().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("pairs", chunk)).post("/api/conflicts/checks").then().statusCode(200);
    }

    private static List<Map<String, String>> pairs() throws IOException {
        List<Map<String, String>> pairs = new ArrayList<>();
        try (InputStream in = CheckThroughputBenchmark.class.getResourceAsStream("/detector/news-pairs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    pairs.add(Map.of("a", parts[1], "b", parts[2]));
                }
            }
        }
        return pairs;
    }
}
