package io.claimtracker.it;

import io.claimtracker.common.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that when the database goes away the packaged service answers at once with 503 and a clear message, reports
 * itself not ready, and serves again by itself once the database is back, with everything it acknowledged intact.
 * Prints the time from the database's return to the first successful request.
 */
class OutageRecoveryIT {

    @Test
    void databaseOutageGives503AndTheServiceRecoversWithNothingAcknowledgedLost() throws Exception {
        Path folder = Path.of("target", "it-db", "outage-" + UUID.randomUUID()).toAbsolutePath();
        Path log = Files.createDirectories(folder.getParent()).resolve(folder.getFileName() + ".log");
        EmbeddedDatabase database = EmbeddedDatabase.start(folder);
        int port = database.port();
        try (ServiceProcess service = ServiceProcess.start(database, log, ServiceProcess.FLAGS_IN_ANSWERS)) {
            var article = service.send("POST", "/api/articles", """
                    {"title": "Outage check", "outlet": "Resilience Review", "publishedAt": "2020-02-03",
                     "body": "The pumps restarted on Monday, the engineer said. The pumps did not restart on Monday."}""");
            assertThat(article.status()).isEqualTo(201);
            long articleId = ServiceProcess.idOf(article.body());
            assertThat(service.send("POST", "/api/articles/" + articleId + "/claims", """
                    {"speaker": {"name": "Engineer"}, "quote": {"exact": "The pumps restarted on Monday"},
                     "statement": "The pumps restarted on Monday.", "topic": "Pump restart"}""").status()).isEqualTo(201);

            database.close();
            Instant asked = Instant.now();
            var during = service.send("GET", "/api/articles/" + articleId, null);
            Duration answeredIn = Duration.between(asked, Instant.now());
            assertThat(during.status()).isEqualTo(503);
            assertThat(during.body()).contains("\"title\":\"").contains("database").doesNotContain("Exception");
            assertThat(during.headers().firstValue("Retry-After")).isPresent();
            assertThat(answeredIn).as("fails fast").isLessThan(Duration.ofSeconds(10));
            var write = service.send("POST", "/api/articles/" + articleId + "/claims", """
                    {"speaker": {"name": "Operator"}, "quote": {"exact": "The pumps did not restart on Monday"},
                     "statement": "The pumps did not restart.", "topic": "Pump restart"}""");
            assertThat(write.status()).isEqualTo(503);
            assertThat(service.status("/q/health/ready")).isEqualTo(503);

            database = EmbeddedDatabase.start(folder, port);
            Instant back = Instant.now();
            Duration recovery = null;
            while (Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(60)) < 0) {
                if (service.status("/api/articles/" + articleId) == 200) {
                    recovery = Duration.between(back, Instant.now());
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(recovery).as("the service serves again without a restart").isNotNull();
            System.out.printf("OUTAGE fail-fast answer %d ms, recovery %d ms after the database returned%n",
                    answeredIn.toMillis(), recovery.toMillis());
            assertThat(service.status("/q/health/ready")).isEqualTo(200);

            var stored = service.send("GET", "/api/articles/" + articleId, null);
            assertThat(stored.body()).contains("The pumps restarted on Monday").doesNotContain("\"Operator\"");
            var retried = service.send("POST", "/api/articles/" + articleId + "/claims", """
                    {"speaker": {"name": "Operator"}, "quote": {"exact": "The pumps did not restart on Monday"},
                     "statement": "The pumps did not restart on Monday.", "topic": "Pump restart"}""");
            assertThat(retried.status()).isEqualTo(201);
            assertThat(retried.body()).contains("\"conflicts\":[{");
        } finally {
            database.close();
        }
    }
}
