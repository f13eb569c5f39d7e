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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite (its name matches no test pattern): seeds BENCH_CLAIMS claims (default
 * 100,000) with real MiniLM signatures, then times checking new claims against their candidates — candidate
 * search, loading the candidates and running the detector with its contradiction model — with the embedding
 * computed beforehand. Run with
 * {@code ./mvnw test -Dtest=DetectionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; see docs/detection.md.
 */
@QuarkusTest
class DetectionBenchmark {

    private static final int CLAIMS = Integer.getInteger("bench.claims", 100_000);
    private static final int PROBES = Integer.getInteger("bench.probes", 1_000);
    private static final int ARTICLES = 1_000;
    private static final int SPEAKERS = 2_000;
    private static final int TOPICS = 2_000;

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

    @Test
    void checkOneNewClaimAgainstItsCandidates() throws SQLException {
        Random random = new Random(42);
        StatementGenerator generator = new StatementGenerator(random);
        long seedStart = System.nanoTime();
        long embedNanos = seed(generator, random);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        long[] nanos = new long[PROBES];
        long[] searchNanos = new long[PROBES];
        long[] loadNanos = new long[PROBES];
        long[] detectNanos = new long[PROBES];
        int[] candidateCounts = new int[PROBES];
        for (int i = 0; i < PROBES; i++) {
            String text = generator.next();
            long topic = 1 + random.nextInt(TOPICS);
            float[] vector = embedder.embed(text);
            ClaimIndex.Keys keys = new ClaimIndex.Keys(EntityKeys.of(text), signatures.of(vector),
                    ClaimIndex.quantised(vector));
            ConflictDetector.Prepared mine = judge.prepare(Statement.of(text));
            Long topicOrNone = random.nextInt(10) < 7 ? topic : null;
            int probe = i;
            long started = System.nanoTime();
            int count = QuarkusTransaction.requiringNew().call(() -> {
                long t0 = System.nanoTime();
                Set<Long> ids = candidates.candidatesFor(-1, topicOrNone, keys);
                long t1 = System.nanoTime();
                List<ConflictDetection.Candidate> others = conflicts.candidates(ids);
                long t2 = System.nanoTime();
                List<ConflictJudge.Pair> pairs = new ArrayList<>(others.size());
                for (ConflictDetection.Candidate other : others) {
                    pairs.add(new ConflictJudge.Pair(mine, judge.prepare(other.statement())));
                }
                judge.judge(pairs);
                searchNanos[probe] = t1 - t0;
                loadNanos[probe] = t2 - t1;
                detectNanos[probe] = System.nanoTime() - t2;
                return others.size();
            });
            nanos[i] = System.nanoTime() - started;
            candidateCounts[i] = count;
        }
        Arrays.sort(nanos);
        Arrays.sort(searchNanos);
        Arrays.sort(loadNanos);
        Arrays.sort(detectNanos);
        Arrays.sort(candidateCounts);
        System.out.printf(Locale.ROOT, "%nDetectionBenchmark: %d stored claims, %d probes%n", CLAIMS, PROBES);
        System.out.printf(Locale.ROOT, "  seeding: %.1f s (embedding %.1f s, %.2f ms per statement)%n", seedSeconds,
                embedNanos / 1e9, embedNanos / 1e6 / CLAIMS);
        System.out.printf(Locale.ROOT, "  check one new claim (candidates + load + detect): p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms%n", ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  of which: candidate search p50 %.1f / p95 %.1f ms, loading p50 %.1f / p95 %.1f ms, "
                + "detector p50 %.1f / p95 %.1f ms%n", ms(searchNanos, 0.5), ms(searchNanos, 0.95),
                ms(loadNanos, 0.5), ms(loadNanos, 0.95), ms(detectNanos, 0.5), ms(detectNanos, 0.95));
        System.out.printf(Locale.ROOT, "  candidates per claim: p50 %d, p95 %d, max %d%n%n",
                candidateCounts[PROBES / 2], candidateCounts[(int) (PROBES * 0.95)], candidateCounts[PROBES - 1]);
        assertThat(nanos[0]).isPositive();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private long seed(StatementGenerator generator, Random random) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long embedNanos = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            batch(connection, "INSERT INTO outlet (id, name, name_key, created_at) VALUES (?, ?, ?, ?)", 1, 1,
                    (statement, i) -> {
                        statement.setLong(1, i);
                        statement.setString(2, "Bench Outlet");
                        statement.setString(3, "bench outlet");
                        statement.setTimestamp(4, now);
                    });
            batch(connection, "INSERT INTO article (id, title, outlet_id, body, content_hash, created_at, updated_at, "
                    + "version) VALUES (?, ?, 1, 'body', 'hash', ?, ?, 0)", 1, ARTICLES, (statement, i) -> {
                statement.setLong(1, i);
                statement.setString(2, "Bench article " + i);
                statement.setTimestamp(3, now);
                statement.setTimestamp(4, now);
            });
            batch(connection, "INSERT INTO speaker (id, name, name_key, created_at, updated_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, 0)", 1, SPEAKERS, (statement, i) -> {
                statement.setLong(1, i);
                statement.setString(2, "Speaker " + i);
                statement.setString(3, "speaker " + i);
                statement.setTimestamp(4, now);
                statement.setTimestamp(5, now);
            });
            batch(connection, "INSERT INTO topic (id, name, name_key, created_at) VALUES (?, ?, ?, ?)", 1, TOPICS,
                    (statement, i) -> {
                        statement.setLong(1, i);
                        statement.setString(2, "Topic " + i);
                        statement.setString(3, "topic " + i);
                        statement.setTimestamp(4, now);
                    });
            connection.commit();
            try (PreparedStatement claims = connection.prepareStatement("INSERT INTO claim (id, article_id, speaker_id, "
                    + "topic_id, quote_exact, quote_prefix, quote_suffix, quote_start, quote_end, statement, created_by, "
                    + "created_at, updated_at, version) VALUES (?, ?, ?, ?, 'body', '', '', 0, 4, ?, 'bench', ?, ?, 0)");
                 PreparedStatement entities = connection.prepareStatement(
                         "INSERT INTO claim_entity (claim_id, entity_key) VALUES (?, ?)");
                 PreparedStatement buckets = connection.prepareStatement(
                         "INSERT INTO claim_signature (claim_id, band, bucket) VALUES (?, ?, ?)")) {
                for (int id = 1; id <= CLAIMS; id++) {
                    String text = generator.next();
                    long embedStart = System.nanoTime();
                    int[] signature = signatures.of(embedder.embed(text));
                    embedNanos += System.nanoTime() - embedStart;
                    claims.setLong(1, id);
                    claims.setLong(2, 1 + random.nextInt(ARTICLES));
                    claims.setLong(3, 1 + random.nextInt(SPEAKERS));
                    if (random.nextInt(10) < 7) {
                        claims.setLong(4, 1 + random.nextInt(TOPICS));
                    } else {
                        claims.setNull(4, java.sql.Types.BIGINT);
                    }
                    claims.setString(5, text);
                    claims.setTimestamp(6, now);
                    claims.setTimestamp(7, now);
                    claims.addBatch();
                    for (String entity : EntityKeys.of(text)) {
                        entities.setLong(1, id);
                        entities.setString(2, entity);
                        entities.addBatch();
                    }
                    for (int band = 0; band < signature.length; band++) {
                        buckets.setLong(1, id);
                        buckets.setInt(2, band);
                        buckets.setInt(3, signature[band]);
                        buckets.addBatch();
                    }
                    if (id % 1_000 == 0) {
                        claims.executeBatch();
                        entities.executeBatch();
                        buckets.executeBatch();
                        connection.commit();
                    }
                }
                claims.executeBatch();
                entities.executeBatch();
                buckets.executeBatch();
                connection.commit();
            }
        }
        return embedNanos;
    }

    private interface Row {
        void fill(PreparedStatement statement, long index) throws SQLException;
    }

    private static void batch(Connection connection, String sql, long from, long to, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (long i = from; i <= to; i++) {
                row.fill(statement, i);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Varied news-like statements built from parts written for this benchmark. */
    static final class StatementGenerator {

        private static final List<String> WHO = List.of("Officials in the capital", "The defence ministry",
                "A rebel commander", "The UN envoy", "Local medics", "State television", "A Pentagon spokesman",
                "The foreign minister", "Aid workers", "Monitors from the observatory", "The regional governor",
                "Opposition activists");
        private static final List<String> PLACES = List.of("Aleppo", "Idlib", "Homs", "Hama", "Raqqa", "Deir ez-Zor",
                "Daraa", "Latakia", "Tartus", "Palmyra", "Kobani", "Manbij", "Afrin", "Douma", "Qamishli", "Azaz",
                "Jarabulus", "Al-Bab", "Tal Abyad", "Hasakah");
        private static final List<String> WHAT = List.of(
                "%d people were killed in shelling of %s",
                "a ceasefire around %2$s held for %1$d hours",
                "%d aid trucks reached %s",
                "talks on %2$s would resume within %1$d days",
                "no deal on %2$s was imminent after %1$d rounds of talks",
                "the army offered safe passage to %d families in %s",
                "rebels rejected a truce for %2$s proposed %1$d days earlier",
                "%d air strikes hit %s overnight",
                "the road to %2$s was closed to convoys for %1$d days",
                "a joint plan for %2$s was close after %1$d meetings",
                "%d civilians left %s through the corridor",
                "the hospital in %2$s treated %1$d wounded");
        private static final List<String> WHEN = List.of("on Monday", "on Tuesday", "on Wednesday", "on Thursday",
                "on Friday", "on Saturday", "on Sunday", "last week", "yesterday", "");

        private final Random random;

        StatementGenerator(Random random) {
            this.random = random;
        }

        String next() {
            String what = String.format(Locale.ROOT, pick(WHAT), 2 + random.nextInt(400), pick(PLACES));
            String when = pick(WHEN);
            return pick(WHO) + " said " + (when.isEmpty() ? "" : when + " ") + "that " + what + ".";
        }

        private String pick(List<String> options) {
            return options.get(random.nextInt(options.size()));
        }
    }
}
