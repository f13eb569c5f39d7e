package io.claimtracker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.conflict.candidate.Embedder;
import io.claimtracker.support.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.claimtracker.conflict.model.OnnxPairScorer;
import io.claimtracker.conflict.model.PairScorer.TextPair;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: CLIENTS clients post CLAIMS claims as fast as they are answered into ten topics,
 * each claim giving a count that differs from the others in its topic, at production settings (answer wait, bcrypt
 * cost), after WARM_UP claims of another topic, through the JDK's HTTP client (light enough not to take the service's cores). It reports the time to
 * answer each POST, the claims checked per second until every check is stored, and,
 * in the same run, how long the models alone take for the work those checks did (the statements embedded and the
 * pairs the contradiction model read, replayed on as many threads as the worker has): the ratio of the two rates
 * is how close ingest comes to the cost of its models. Run with
 * {@code ./mvnw test -Dtest=IngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.clients},
 * {@code -Dbench.claims}).
 */
@QuarkusTest
@TestProfile(ProductionSettings.class)
class IngestBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int CLAIMS = Integer.getInteger("bench.claims", 800);
    private static final int TOPICS = 10;
    private static final int WARM_UP = 60;
    private static final int WORKERS = Integer.getInteger("bench.checks", 2);

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI server;

    @Inject
    MeterRegistry metrics;

    @Inject
    Embedder embedder;

    @Inject
    OnnxPairScorer model;

    @Inject
    EntityManager entityManager;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void claimsPerSecondWithDetectionAgainstTheModelsAlone() throws Exception {
        long articleId = given().contentType("application/json").body(Map.of("title", "Ingest at load",
                        "outlet", "Bench Herald", "publishedAt", "2016-09-19",
                        "body", "Officials said 40 families left the valley after the landslide in Łódź province."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        String label = Long.toString(articleId);
        for (int i = 0; i < WARM_UP; i++) {
            given().contentType("application/json").body(Map.of("speaker", Map.of("name", "Official warm-up"),
                    "quote", Map.of("exact", "40 families left the valley"), "statement", (7 + i) + " families "
                    + "left the valley after the landslide.", "topic", "Warm-up " + label)).post("/api/articles/"
                    + articleId + "/claims").then().statusCode(201);
        }
        while (queued(articleId) > 0) {
            Thread.sleep(100);
        }
        long open = flagsOpen();
        long[] storedBefore = storage();
        double embeddedBefore = inputs("embedding");
        double readBefore = inputs("contradiction");
        double callsBefore = calls("contradiction");
        AtomicInteger next = new AtomicInteger();
        HttpClient http = HttpClient.newHttpClient();
        URI claims = URI.create(server + "api/articles/" + articleId + "/claims");
        String credentials = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (TestAccounts.ADMIN + ":" + TestAccounts.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> clients = new ArrayList<>();
        List<String> statements = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> pending = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        for (int client = 0; client < CLIENTS; client++) {
            int offset = client;
            clients.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                for (int n = next.getAndIncrement(); n < CLAIMS; n = next.getAndIncrement()) {
                    String statement = (41 + n) + " families left the valley after the landslide.";
                    statements.add(statement);
                    String body = JSON.writeValueAsString(Map.of("speaker", Map.of("name", "Official " + offset),
                            "quote", Map.of("exact", "40 families left the valley"),
                            "statement", statement, "topic", "Landslide " + label + " " + (n % TOPICS)));
                    long sent = System.nanoTime();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(claims)
                            .header("Authorization", credentials).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    nanos.add(System.nanoTime() - sent);
                    assertThat(answer.statusCode()).isEqualTo(201);
                    if (answer.body().contains("\"conflictCheckPending\":true")) {
                        pending.add(JSON.readTree(answer.body()).get("id").asLong());
                    }
                }
                return nanos;
            }));
        }
        List<Long> answers = new ArrayList<>();
        for (Future<List<Long>> client : clients) {
            answers.addAll(client.get());
        }
        pool.shutdown();
        double posted = (System.nanoTime() - started) / 1e9;
        while (queued(articleId) > 0) {
            Thread.sleep(100);
        }
        double checked = (System.nanoTime() - started) / 1e9;
        long raised = flagsOpen() - open;
        long[] storedAfter = storage();
        double embedded = inputs("embedding") - embeddedBefore;
        double read = inputs("contradiction") - readBefore;
        double calls = calls("contradiction") - callsBefore;

        double modelSeconds = replay(statements, (int) embedded, (int) read, (int) Math.max(1, Math.round(read / calls)));
        double ingestRate = CLAIMS / checked;
        double modelRate = CLAIMS / modelSeconds;
        long[] sorted = answers.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%nIngestBenchmark: %d clients posted %d claims in %.1f s; POST p50 %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms; %d answered with the check pending; every check stored after %.1f s "
                        + "(%.2f claims/s); %d flags raised (%.1f per claim)%n"
                        + "Models alone on %d threads for the same work (%d statements embedded, %d pairs read in calls "
                        + "of ~%d): %.1f s (%.2f claims/s); ingest reaches %.0f %% of the models' rate%n%n",
                CLIENTS, CLAIMS, posted, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6, pending.size(), checked, ingestRate, raised,
                raised / (double) CLAIMS, WORKERS, (int) embedded, (int) read, Math.round(read / calls), modelSeconds,
                modelRate, 100 * ingestRate / modelRate);
        System.out.printf(Locale.ROOT, "Storage by InnoDB's statistics after ANALYZE TABLE: flags %.1f MB more "
                        + "(%.0f bytes per flag), every other table %.1f MB more (%.0f bytes per claim)%n%n",
                (storedAfter[0] - storedBefore[0]) / 1048576.0, (storedAfter[0] - storedBefore[0]) / (double) raised,
                (storedAfter[1] - storedBefore[1]) / 1048576.0, (storedAfter[1] - storedBefore[1]) / (double) CLAIMS);
        assertThat(sorted).hasSize(CLAIMS);
        assertThat(embedded).isGreaterThanOrEqualTo(CLAIMS);
        assertThat(modelSeconds).isPositive();
    }

    /**
     * Runs the models alone over the same amount of work on WORKERS threads: the statements embedded in the worker's
     * batches, and pairs of the benchmark's statements read in calls of the size the service made; returns seconds.
     */
    private double replay(List<String> statements, int embedded, int read, int perCall) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WORKERS);
        List<java.util.concurrent.Callable<Object>> work = new ArrayList<>();
        for (int start = 0; start < embedded; start += 8) {
            List<String> batch = new ArrayList<>();
            for (int i = start; i < Math.min(embedded, start + 8); i++) {
                batch.add(statements.get(i % statements.size()));
            }
            work.add(() -> batch.stream().map(embedder::embed).toList());
        }
        for (int start = 0; start < read; start += perCall) {
            List<TextPair> batch = new ArrayList<>();
            for (int i = start; i < Math.min(read, start + perCall); i++) {
                batch.add(new TextPair(statements.get(i % statements.size()),
                        statements.get((i * 7 + 3) % statements.size())));
            }
            work.add(() -> model.score(batch));
        }
        long begun = System.nanoTime();
        for (Future<Object> task : threads.invokeAll(work)) {
            task.get();
        }
        threads.shutdown();
        return (System.nanoTime() - begun) / 1e9;
    }

    private double inputs(String model) {
        return metrics.counter("claimtracker.model.inputs", "model", model).count();
    }

    private double calls(String model) {
        return metrics.timer("claimtracker.model.inference", "model", model).count();
    }

    /** Bytes on disk by InnoDB's freshly analysed statistics: the flag table, and every other table together. */
    private long[] storage() throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            List<String> tables = new ArrayList<>();
            try (java.sql.ResultSet rows = sql.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND ENGINE = 'InnoDB'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                sql.execute("ANALYZE TABLE `" + table + "`");
            }
            try (java.sql.ResultSet sizes = sql.executeQuery("SELECT COALESCE(SUM(CASE WHEN TABLE_NAME = 'conflict' "
                    + "THEN DATA_LENGTH + INDEX_LENGTH END), 0), COALESCE(SUM(CASE WHEN TABLE_NAME <> 'conflict' THEN "
                    + "DATA_LENGTH + INDEX_LENGTH END), 0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                    + "AND ENGINE = 'InnoDB'")) {
                sizes.next();
                return new long[] {sizes.getLong(1), sizes.getLong(2)};
            }
        }
    }

    private long queued(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM detection_queue q JOIN claim c ON c.id = q.claim_id WHERE c.article_id = ?1")
                .setParameter(1, articleId).getSingleResult()).longValue());
    }

    private static long flagsOpen() {
        return given().get("/api/conflicts?status=OPEN&size=1").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }
}
