package io.claimtracker.bench;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: CLIENTS clients post claims with detection (model included) for SECONDS
 * seconds into ten topics, each claim giving a count that differs from the others in its topic, and the claims
 * stored per second, the time per claim and the flags raised are reported. Run with
 * {@code ./mvnw test -Dtest=IngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.clients},
 * {@code -Dbench.seconds}).
 */
@QuarkusTest
class IngestBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int TOPICS = 10;

    @Test
    void claimsPerSecondWithDetection() throws Exception {
        long articleId = given().contentType("application/json").body(Map.of("title", "Ingest at load",
                        "outlet", "Bench Herald", "publishedAt", "2016-09-19",
                        "body", "Officials said 40 families left the valley after the landslide in Łódź province."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        String label = Long.toString(articleId);
        long open = flagsOpen();
        long until = System.nanoTime() + SECONDS * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int offset = client;
            clients.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                for (int n = 0; System.nanoTime() < until; n++) {
                    int count = 41 + offset * 100_000 + n;
                    long started = System.nanoTime();
                    given().contentType("application/json").body(Map.of(
                                    "speaker", Map.of("name", "Official " + offset),
                                    "quote", Map.of("exact", "40 families left the valley"),
                                    "statement", count + " families left the valley after the landslide.",
                                    "topic", "Landslide " + label + " " + (n % TOPICS)))
                            .post("/api/articles/" + articleId + "/claims").then().statusCode(201);
                    nanos.add(System.nanoTime() - started);
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> client : clients) {
            all.addAll(client.get());
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        long raised = flagsOpen() - open;
        System.out.printf(Locale.ROOT, "%nIngestBenchmark: %d clients for %d s stored %d claims (%.1f claims/s), "
                        + "per claim p50 %.0f ms, p95 %.0f ms; %d flags raised (%.1f per claim)%n%n", CLIENTS, SECONDS,
                sorted.length, sorted.length / (double) SECONDS, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, raised, raised / (double) sorted.length);
        assertThat(sorted).isNotEmpty();
        assertThat(Arrays.stream(sorted).min().orElseThrow()).isPositive();
    }

    private static long flagsOpen() {
        return given().get("/api/conflicts?status=OPEN&size=1").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }
}
