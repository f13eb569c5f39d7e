package io.claimtracker.it;

import io.claimtracker.common.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.claimtracker.it.TakeOverChecks.count;
import static io.claimtracker.it.TakeOverChecks.number;
import static io.claimtracker.it.TakeOverChecks.text;
import static io.claimtracker.it.TakeOverChecks.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a rescan whose instance is killed mid-way is taken over by the other instance once its lease runs out,
 * resumed after the last claim it recorded, and finished: every claim counted, the flags as before.
 */
class RescanTakeOverIT {

    private static final int CLAIMS = 300;
    private static final Map<String, String> SHORT_LEASES = Map.of("TRACKER_JOBS_LEASE", "PT6S",
            "TRACKER_JOBS_TAKE_OVER_EVERY", "2s", "TRACKER_DETECTION_MODEL_PAIRS_PER_CLAIM",
            ServiceProcess.EVERY_FINDING.get("TRACKER_DETECTION_MODEL_PAIRS_PER_CLAIM"));
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    private static final Pattern DONE = Pattern.compile("\"done\":(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    @Test
    void aRescanWhoseInstanceDiesIsFinishedByTheOther() throws Exception {
        Path folder = Path.of("target", "it-db", "rescan-" + UUID.randomUUID()).toAbsolutePath();
        Path logs = Files.createDirectories(folder.getParent());
        Path survivorLog = logs.resolve(folder.getFileName() + "-b.log");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder);
             ServiceProcess first = ServiceProcess.start(database, logs.resolve(folder.getFileName() + "-a.log"),
                     SHORT_LEASES);
             ServiceProcess second = ServiceProcess.start(database, survivorLog, SHORT_LEASES)) {
            long articleId = ServiceProcess.idOf(second.send("POST", "/api/articles", "{\"title\": \"Tolls\", "
                    + "\"outlet\": \"Lease Ledger\", \"body\": \"Officials gave different death tolls.\"}").body());
            for (int i = 0; i < CLAIMS; i++) {
                assertThat(second.send("POST", "/api/articles/" + articleId + "/claims", "{\"speaker\": {\"name\": "
                        + "\"Official " + i % 7 + "\"}, \"quote\": {\"exact\": \"different death tolls\"}, \"statement\": \""
                        + (500 + i) + " people died in district " + i / 10 + ".\", \"topic\": \"District " + i / 10
                        + "\"}").status()).isEqualTo(201);
            }
            waitUntil(Duration.ofMinutes(3), () -> count(database, "SELECT COUNT(*) FROM detection_queue") == 0);
            long flagsBefore = count(database, "SELECT COUNT(*) FROM conflict");

            ServiceProcess.Answer started = first.send("POST", "/api/conflicts/rescans", "");
            assertThat(started.status()).isEqualTo(202);
            long rescanId = ServiceProcess.idOf(started.body());
            waitUntil(Duration.ofMinutes(1), () -> number(DONE, first.send("GET", "/api/conflicts/rescans/" + rescanId,
                    null).body()) > 0);
            int doneWhenKilled = number(DONE, first.send("GET", "/api/conflicts/rescans/" + rescanId, null).body());
            first.kill();
            Instant killed = Instant.now();

            waitUntil(Duration.ofMinutes(3), () -> !"RUNNING".equals(text(STATUS, second.send("GET",
                    "/api/conflicts/rescans/" + rescanId, null).body())));
            String finished = second.send("GET", "/api/conflicts/rescans/" + rescanId, null).body();
            System.out.printf("RESCAN-TAKE-OVER killed at %d of %d claims; finished by the other instance %d ms later: "
                            + "%s%n", doneWhenKilled, number(TOTAL, finished), Duration.between(killed, Instant.now())
                            .toMillis(), finished);

            assertThat(doneWhenKilled).isLessThan(CLAIMS);
            assertThat(text(STATUS, finished)).isEqualTo("DONE");
            assertThat(number(DONE, finished)).isEqualTo(number(TOTAL, finished)).isEqualTo(CLAIMS);
            assertThat(Files.readString(survivorLog)).contains("Took over rescan #" + rescanId);
            assertThat(count(database, "SELECT COUNT(*) FROM conflict")).isEqualTo(flagsBefore);
        }
    }
}
