package io.claimtracker.it;

import io.claimtracker.common.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that two service instances on one database, fed at once by many clients adding claims, store every claim
 * once and flag every conflicting pair exactly once. Every claim names a different death toll, so every pair of
 * claims conflicts. Half the clients file their claims under one topic and half under none, so that the pairs of
 * the second half are found only through the claims' index keys, which concurrent checks write and read at once.
 * A check that waits too long for a detection slot under load is deferred to the background retry, as designed;
 * the counts are read once the queue has drained. Prints the load held, how many checks were deferred and the
 * counts found in the database. Also proves that failed sign-ins through one instance block the account on the
 * other.
 */
class TwoInstancesIT {

    private static final int CLIENTS = 12;
    private static final int CLAIMS_PER_CLIENT = 4;
    /** Long enough for the background retry (first run 30 s after start, then every 30 s) to take deferred checks. */
    private static final Duration DRAIN_WAIT = Duration.ofSeconds(120);

    @Test
    void failedSignInsThroughOneInstanceAreCountedByTheOther() throws Exception {
        Path folder = Path.of("target", "it-db", "throttle-" + UUID.randomUUID()).toAbsolutePath();
        Path logs = Files.createDirectories(folder.getParent());
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder);
             ServiceProcess first = ServiceProcess.start(database, logs.resolve(folder.getFileName() + "-a.log"));
             ServiceProcess second = ServiceProcess.start(database, logs.resolve(folder.getFileName() + "-b.log"))) {
            String password = "editor password of some length";
            assertThat(first.send("POST", "/api/users", "{\"username\": \"guessed\", \"role\": \"EDITOR\", "
                    + "\"password\": \"" + password + "\"}").status()).isEqualTo(201);
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            List<Integer> wrong = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                wrong.add(statusSignedInAs(http, first, "guessed", "wrong password " + i));
            }
            assertThat(wrong).containsOnly(401);
            assertThat(statusSignedInAs(http, second, "guessed", password)).isEqualTo(429);
        }
    }

    private static int statusSignedInAs(java.net.http.HttpClient http, ServiceProcess service, String username,
                                        String password) throws Exception {
        String credentials = java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(service.base + "/api/account"))
                .header("Authorization", "Basic " + credentials).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void twoInstancesUnderConcurrentLoadLoseAndDuplicateNothing() throws Exception {
        Path folder = Path.of("target", "it-db", "pair-" + UUID.randomUUID()).toAbsolutePath();
        Path logs = Files.createDirectories(folder.getParent());
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder);
             ServiceProcess first = ServiceProcess.start(database, logs.resolve(folder.getFileName() + "-a.log"),
                     ServiceProcess.EVERY_FINDING);
             ServiceProcess second = ServiceProcess.start(database, logs.resolve(folder.getFileName() + "-b.log"),
                     ServiceProcess.EVERY_FINDING)) {
            int total = CLIENTS * CLAIMS_PER_CLIENT;
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < total; i++) {
                body.append(200 + i).append(" people died in the flood. ");
            }
            long articleId = ServiceProcess.idOf(first.send("POST", "/api/articles", "{\"title\": \"Flood toll\", "
                    + "\"outlet\": \"Pair Post\", \"body\": \"" + body + "\"}").body());

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<ServiceProcess.Answer>>> results = new ArrayList<>();
            Instant started = Instant.now();
            for (int client = 0; client < CLIENTS; client++) {
                int offset = client;
                results.add(pool.submit(() -> {
                    List<ServiceProcess.Answer> answers = new ArrayList<>();
                    for (int n = 0; n < CLAIMS_PER_CLIENT; n++) {
                        int toll = 200 + offset * CLAIMS_PER_CLIENT + n;
                        ServiceProcess target = (offset + n) % 2 == 0 ? first : second;
                        answers.add(target.send("POST", "/api/articles/" + articleId + "/claims",
                                "{\"speaker\": {\"name\": \"Source " + offset + "\"}, \"quote\": {\"exact\": \"" + toll
                                        + " people died\"}, \"statement\": \"" + toll + " people died in the flood in "
                                        + "Valencia.\"" + (offset % 2 == 0 ? ", \"topic\": \"Flood toll\"" : "") + "}"));
                    }
                    return answers;
                }));
            }
            List<ServiceProcess.Answer> answers = new ArrayList<>();
            for (Future<List<ServiceProcess.Answer>> result : results) {
                answers.addAll(result.get());
            }
            Duration took = Duration.between(started, Instant.now());
            pool.shutdown();
            assertThat(answers).hasSize(total).extracting(ServiceProcess.Answer::status).containsOnly(201);
            long deferred = answers.stream().filter(answer -> answer.body().contains("\"conflictCheckPending\":true"))
                    .count();

            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USERNAME, database.password());
                 Statement sql = connection.createStatement()) {
                Instant drained = Instant.now().plus(DRAIN_WAIT);
                while (count(sql, "SELECT COUNT(*) FROM detection_queue") > 0 && Instant.now().isBefore(drained)) {
                    Thread.sleep(1000);
                }
                long claims = count(sql, "SELECT COUNT(*) FROM claim WHERE article_id = " + articleId);
                long distinctQuotes = count(sql, "SELECT COUNT(DISTINCT quote_exact) FROM claim WHERE article_id = " + articleId);
                long flags = count(sql, "SELECT COUNT(*) FROM conflict f JOIN claim a ON a.id = f.claim_a_id "
                        + "WHERE a.article_id = " + articleId);
                long distinctPairs = count(sql, "SELECT COUNT(DISTINCT f.claim_a_id, f.claim_b_id) FROM conflict f "
                        + "JOIN claim a ON a.id = f.claim_a_id WHERE a.article_id = " + articleId);
                long pending = count(sql, "SELECT COUNT(*) FROM detection_queue");
                long expectedPairs = (long) total * (total - 1) / 2;
                System.out.printf("TWO-INSTANCES %d clients x %d claims over 2 instances in %d ms: %d claims stored "
                                + "(%d distinct), %d checks deferred to the background retry, then %d flags (%d distinct pairs, "
                                + "%d expected), %d checks pending%n",
                        CLIENTS, CLAIMS_PER_CLIENT, took.toMillis(), claims, distinctQuotes, deferred, flags,
                        distinctPairs, expectedPairs, pending);
                assertThat(claims).isEqualTo(total);
                assertThat(distinctQuotes).isEqualTo(total);
                assertThat(flags).isEqualTo(expectedPairs);
                assertThat(distinctPairs).isEqualTo(expectedPairs);
                assertThat(pending).isZero();
            }
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
