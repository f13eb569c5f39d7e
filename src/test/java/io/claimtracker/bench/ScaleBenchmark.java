package io.claimtracker.bench;

import io.claimtracker.conflict.CandidateSearch;
import io.claimtracker.conflict.ClaimIndex;
import io.claimtracker.conflict.ConflictDetection;
import io.claimtracker.conflict.candidate.Embedder;
import io.claimtracker.conflict.candidate.EntityKeys;
import io.claimtracker.conflict.candidate.Signatures;
import io.claimtracker.conflict.detect.ConflictDetector;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.Statement;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: the cost of checking a new claim as the store grows through the sizes given by
 * {@code -Dbench.steps} (default 10,000, 100,000 and 1,000,000 claims), in one run. Claims are bulk-loaded with
 * multi-row inserts; their signatures come from a pool of POOL statement shapes embedded once (a claim's text is
 * its shape with its own number, which MiniLM barely notices), so a million statements are not embedded one by
 * one. Topics grow with the store (one per 50 claims loaded in a step). At each size PROBES new statements,
 * embedded beforehand, are timed through candidate search, loading and the detector with its model; at the first
 * size, PROBES untimed ones warm the JIT and the model first. Run with
 * {@code ./mvnw test -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; figures in docs/detection.md.
 */
@QuarkusTest
class ScaleBenchmark {

    private static final int[] STEPS = Arrays.stream(System.getProperty("bench.steps", "10000,100000,1000000")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    private static final int PROBES = Integer.getInteger("bench.probes", 200);
    private static final int POOL = 3_000;
    private static final int ARTICLES = 1_000;
    private static final int SPEAKERS = 5_000;
    private static final int CLAIMS_PER_TOPIC = 50;
    private static final int ROWS = 500;

    @Inject
    DataSource dataSource;

    @Inject
    Embedder embedder;

    @Inject
    Signatures signatures;

    @Inject
    CandidateSearch candidates;

    @Inject
    ConflictJudge judge;

    @Inject
    ConflictDetection conflicts;

    @Inject
    MeterRegistry metrics;

    /** First id of every record this benchmark loads, above any id already in use. */
    private long base;

    /** A statement shape: its text with the number left open, and the signature of one rendering of it. */
    private record Shape(String format, int[] signature) {
    }

    @Test
    void checkingANewClaimAsTheStoreGrows() throws SQLException {
        Random random = new Random(7);
        List<Shape> pool = pool(random);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            base = 1 + scalar(connection, "SELECT GREATEST(" + String.join(", ", List.of("claim", "topic", "speaker",
                    "article", "outlet").stream().map(table -> "(SELECT COALESCE(MAX(id), 0) FROM " + table + ")")
                    .toList()) + ")");
            setUp(connection);
        }
        StringBuilder curve = new StringBuilder();
        long loaded = 0;
        for (int step : STEPS) {
            long started = System.nanoTime();
            load(pool, random, loaded, step);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            loaded = step;
            if (step == STEPS[0]) {
                probe(pool, random, step);
            }
            double readsBefore = modelInputs().count();
            double modelMsBefore = modelTime().totalTime(TimeUnit.MILLISECONDS);
            long[] nanos = probe(pool, random, step);
            double reads = (modelInputs().count() - readsBefore) / PROBES;
            double modelMs = (modelTime().totalTime(TimeUnit.MILLISECONDS) - modelMsBefore) / PROBES;
            String line = String.format(Locale.ROOT, "%,d claims (loaded in %.0f s): check p50 %.1f ms, p95 %.1f ms, "
                    + "p99 %.1f ms; the model read %.1f sequences per check in %.1f ms on average", step, loadSeconds,
                    ms(nanos, 0.5), ms(nanos, 0.95), ms(nanos, 0.99), reads, modelMs);
            System.out.println("ScaleBenchmark: " + line);
            curve.append(line).append('\n');
        }
        System.out.printf("%nScaleBenchmark, %d probes per size:%n%s%n", PROBES, curve);
        assertThat(curve).isNotEmpty();
    }

    private Counter modelInputs() {
        return metrics.get("claimtracker.model.inputs").tag("model", "contradiction").counter();
    }

    private Timer modelTime() {
        return metrics.get("claimtracker.model.inference").tag("model", "contradiction").timer();
    }

    private List<Shape> pool(Random random) {
        DetectionBenchmark.StatementGenerator generator = new DetectionBenchmark.StatementGenerator(random);
        List<Shape> shapes = new ArrayList<>(POOL);
        for (int i = 0; i < POOL; i++) {
            String text = generator.next();
            String format = text.replaceFirst("\\b\\d+\\b", "%d");
            shapes.add(new Shape(format, signatures.of(embedder.embed(text))));
        }
        return shapes;
    }

    private static String render(Shape shape, Random random) {
        return shape.format().contains("%d") ? String.format(Locale.ROOT, shape.format(), 2 + random.nextInt(400))
                : shape.format();
    }

    private long[] probe(List<Shape> pool, Random random, int stored) {
        int topics = Math.max(1, stored / CLAIMS_PER_TOPIC);
        long[] nanos = new long[PROBES];
        for (int i = 0; i < PROBES; i++) {
            Shape shape = pool.get(random.nextInt(pool.size()));
            String text = render(shape, random);
            float[] vector = embedder.embed(text);
            ClaimIndex.Keys keys = new ClaimIndex.Keys(EntityKeys.of(text), signatures.of(vector),
                    ClaimIndex.quantised(vector));
            ConflictDetector.Prepared mine = judge.prepare(Statement.of(text));
            Long topic = random.nextInt(10) < 7 ? Long.valueOf(base + 1 + random.nextInt(topics)) : null;
            long started = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> {
                Set<Long> ids = candidates.candidatesFor(-1, topic, keys);
                List<ConflictJudge.Pair> pairs = new ArrayList<>();
                for (ConflictDetection.Candidate other : conflicts.candidates(ids)) {
                    pairs.add(new ConflictJudge.Pair(mine, judge.prepare(other.statement())));
                }
                judge.judge(pairs);
            });
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** One outlet, ARTICLES articles, SPEAKERS speakers and enough topics for the largest size, above any ids in use. */
    private void setUp(Connection connection) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (var statement = connection.createStatement()) {
            statement.execute("SET GLOBAL innodb_buffer_pool_size = 2147483648");
        } catch (SQLException e) {
            System.out.println("ScaleBenchmark: buffer pool left as it is (" + e.getMessage() + ")");
        }
        long outlet = base;
        execute(connection, "INSERT INTO outlet (id, name, name_key, created_at) VALUES (?, ?, ?, ?)",
                List.<Object[]>of(new Object[] {outlet, "Scale Outlet " + base, "scale outlet " + base, now}), 4);
        List<Object[]> rows = new ArrayList<>();
        for (long i = 0; i < ARTICLES; i++) {
            rows.add(new Object[] {base + i, "Scale article " + i, outlet, now, now});
        }
        execute(connection, "INSERT INTO article (id, title, outlet_id, body, content_hash, created_at, updated_at, "
                + "version) VALUES (?, ?, ?, 'body', 'hash', ?, ?, 0)", rows, 5);
        rows.clear();
        for (long i = 0; i < SPEAKERS; i++) {
            rows.add(new Object[] {base + i, "Scale speaker " + base + " " + i, "scale speaker " + base + " " + i, now, now});
        }
        execute(connection, "INSERT INTO speaker (id, name, name_key, created_at, updated_at, version) "
                + "VALUES (?, ?, ?, ?, ?, 0)", rows, 5);
        rows.clear();
        int topics = Arrays.stream(STEPS).max().orElse(0) / CLAIMS_PER_TOPIC + 1;
        for (long i = 1; i <= topics; i++) {
            rows.add(new Object[] {base + i, "Scale topic " + base + " " + i, "scale topic " + base + " " + i, now});
            if (rows.size() == ROWS) {
                execute(connection, "INSERT INTO topic (id, name, name_key, created_at) VALUES (?, ?, ?, ?)", rows, 4);
                rows.clear();
            }
        }
        execute(connection, "INSERT INTO topic (id, name, name_key, created_at) VALUES (?, ?, ?, ?)", rows, 4);
        connection.commit();
    }

    /** Loads claims number {@code from} (exclusive) to {@code to} with their entity keys and signature buckets. */
    private void load(List<Shape> pool, Random random, long from, int to) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        int topics = Math.max(1, to / CLAIMS_PER_TOPIC);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Object[]> claims = new ArrayList<>();
            List<Object[]> entities = new ArrayList<>();
            List<Object[]> buckets = new ArrayList<>();
            for (long n = from + 1; n <= to; n++) {
                long id = base + n;
                Shape shape = pool.get(random.nextInt(pool.size()));
                String text = render(shape, random);
                Long topic = random.nextInt(10) < 7 ? base + 1 + random.nextInt(topics) : null;
                claims.add(new Object[] {id, base + random.nextInt(ARTICLES), base + random.nextInt(SPEAKERS), topic,
                        text, now, now});
                for (String entity : EntityKeys.of(text)) {
                    entities.add(new Object[] {id, entity});
                }
                for (int band = 0; band < shape.signature().length; band++) {
                    buckets.add(new Object[] {id, band, shape.signature()[band]});
                }
                if (claims.size() == ROWS || n == to) {
                    execute(connection, "INSERT INTO claim (id, article_id, speaker_id, topic_id, quote_exact, "
                            + "quote_prefix, quote_suffix, quote_start, quote_end, statement, created_by, created_at, "
                            + "updated_at, version) VALUES (?, ?, ?, ?, 'body', '', '', 0, 4, ?, 'bench', ?, ?, 0)",
                            claims, 7);
                    execute(connection, "INSERT IGNORE INTO claim_entity (claim_id, entity_key) VALUES (?, ?)",
                            entities, 2);
                    execute(connection, "INSERT INTO claim_signature (claim_id, band, bucket) VALUES (?, ?, ?)",
                            buckets, 3);
                    connection.commit();
                    claims.clear();
                    entities.clear();
                    buckets.clear();
                }
            }
        }
    }

    /** Runs {@code sql} (one row of {@code width} parameters in its VALUES) for all rows, many rows per statement. */
    private static void execute(Connection connection, String sql, List<Object[]> rows, int width) throws SQLException {
        int values = sql.indexOf("VALUES (") + "VALUES ".length();
        String row = sql.substring(values);
        int perStatement = Math.max(1, 30_000 / width);
        for (int start = 0; start < rows.size(); start += perStatement) {
            List<Object[]> part = rows.subList(start, Math.min(rows.size(), start + perStatement));
            StringBuilder text = new StringBuilder(sql.substring(0, values));
            for (int i = 0; i < part.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(row);
            }
            try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
                int parameter = 1;
                for (Object[] columns : part) {
                    for (Object value : columns) {
                        statement.setObject(parameter++, value);
                    }
                }
                statement.executeUpdate();
            }
        }
    }
}
