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
 * Proves that a bulk import whose instance is killed mid-way is taken over by the other instance once its lease runs
 * out and finished from the database alone: every file gets an outcome, every document becomes exactly one article,
 * and no file content is left behind.
 */
class ImportTakeOverIT {

    private static final int DOCUMENTS = 400;
    private static final Map<String, String> SHORT_LEASES = Map.of("TRACKER_JOBS_LEASE", "PT6S",
            "TRACKER_JOBS_TAKE_OVER_EVERY", "2s");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    private static final Pattern DONE = Pattern.compile("\"done\":(\\d+)");
    private static final Pattern IMPORTED = Pattern.compile("\"imported\":(\\d+)");
    private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\":(\\d+)");
    private static final Pattern FAILED = Pattern.compile("\"failed\":(\\d+)");
    private static final String[] WORDS = {"harbour", "council", "Zürich", "ferry", "budget", "São", "Paulo", "pier",
            "inspectors", "Łódź", "reported", "timetable", "tariffs", "crews", "Ελλάδα", "renovation", "hearing"};

    @Test
    void anImportWhoseInstanceDiesIsFinishedByTheOther() throws Exception {
        Path folder = Path.of("target", "it-db", "import-" + UUID.randomUUID()).toAbsolutePath();
        Path logs = Files.createDirectories(folder.getParent());
        Path survivorLog = logs.resolve(folder.getFileName() + "-b.log");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder);
             ServiceProcess first = ServiceProcess.start(database, logs.resolve(folder.getFileName() + "-a.log"),
                     SHORT_LEASES);
             ServiceProcess second = ServiceProcess.start(database, survivorLog, SHORT_LEASES)) {
            StringBuilder request = new StringBuilder("{\"outlet\": \"Lease Ledger\", \"documents\": [");
            for (int i = 0; i < DOCUMENTS; i++) {
                request.append(i == 0 ? "" : ",").append("{\"name\": \"story-").append(i).append(".txt\", \"content\": \"")
                        .append(story(i)).append("\"}");
            }
            request.append("]}");

            ServiceProcess.Answer started = first.send("POST", "/api/imports", request.toString());
            assertThat(started.status()).isEqualTo(202);
            long jobId = ServiceProcess.idOf(started.body());
            waitUntil(Duration.ofMinutes(1), () -> number(DONE, first.send("GET", "/api/imports/" + jobId, null)
                    .body()) >= 10);
            first.kill();
            Instant killed = Instant.now();
            long doneWhenKilled = count(database, "SELECT COUNT(*) FROM import_file WHERE job_id = " + jobId
                    + " AND outcome <> 'pending'");

            waitUntil(Duration.ofMinutes(5), () -> !"RUNNING".equals(text(STATUS, second.send("GET",
                    "/api/imports/" + jobId, null).body())));
            String finished = second.send("GET", "/api/imports/" + jobId, null).body();
            System.out.printf("IMPORT-TAKE-OVER killed at %d of %d files; finished by the other instance %d ms later: "
                            + "status %s, done %d, imported %d, duplicates %d, failed %d%n", doneWhenKilled, DOCUMENTS,
                    Duration.between(killed, Instant.now()).toMillis(), text(STATUS, finished), number(DONE, finished),
                    number(IMPORTED, finished), number(DUPLICATES, finished), number(FAILED, finished));

            assertThat(doneWhenKilled).isLessThan(DOCUMENTS);
            assertThat(text(STATUS, finished)).isEqualTo("DONE");
            assertThat(number(DONE, finished)).isEqualTo(DOCUMENTS);
            assertThat(number(FAILED, finished)).isZero();
            assertThat(number(IMPORTED, finished) + number(DUPLICATES, finished)).isEqualTo(DOCUMENTS);
            assertThat(number(DUPLICATES, finished)).as("at most the one file being read when the instance died")
                    .isLessThanOrEqualTo(1);
            assertThat(count(database, "SELECT COUNT(*) FROM article")).isEqualTo(DOCUMENTS);
            assertThat(count(database, "SELECT COUNT(DISTINCT article_id) FROM import_file WHERE job_id = " + jobId))
                    .isEqualTo(DOCUMENTS);
            assertThat(count(database, "SELECT COUNT(*) FROM import_document")).isZero();
            assertThat(Files.readString(survivorLog)).contains("Took over import #" + jobId);
        }
    }

    /** A distinct story of about 1,500 words with non-ASCII names, in the text layout, escaped for JSON. */
    private static String story(int number) {
        StringBuilder body = new StringBuilder("Friday 2 June 2023\\n\\nHarbour story number ").append(number)
                .append("\\n\\nMaria Keller\\n\\n");
        for (int paragraph = 0; paragraph < 30; paragraph++) {
            for (int word = 0; word < 50; word++) {
                body.append(WORDS[(number * 31 + paragraph * 7 + word * word) % WORDS.length]).append(' ');
            }
            body.append("in paragraph ").append(paragraph).append(" of story ").append(number).append(".\\n\\n");
        }
        return body.toString();
    }
}
