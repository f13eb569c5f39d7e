package io.claimtracker.it;

import io.claimtracker.common.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the documented backup and restore: a mariadb-dump of a running service's database, loaded into a fresh
 * server, gives a service that answers with the same articles, claims, flags, rulings, accounts and audit trail.
 */
class BackupRestoreIT {

    private static final List<String> TABLES = List.of("outlet", "article", "article_author", "speaker", "topic",
            "claim", "claim_entity", "claim_signature", "conflict", "conflict_decision", "account", "audit_event",
            "DATABASECHANGELOG");

    @Test
    void dumpLoadedIntoAFreshServerRestoresEverything() throws Exception {
        Path root = Path.of("target", "it-db", "backup-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(root);
        Path dump = root.resolve("claimtracker-backup.sql");
        long articleId;
        long flagId;
        String articleBefore;
        String auditBefore;
        Map<String, Long> countsBefore;
        try (EmbeddedDatabase source = EmbeddedDatabase.start(root.resolve("source"));
             ServiceProcess service = ServiceProcess.start(source, root.resolve("source.log"), ServiceProcess.FLAGS_IN_ANSWERS)) {
            articleId = ServiceProcess.idOf(service.send("POST", "/api/articles", """
                    {"title": "Backup check", "outlet": "Archive Gazette", "publishedAt": "2019-11-04",
                     "body": "The archive opened on Monday, the curator said. The archive did not open on Monday."}""").body());
            service.send("POST", "/api/articles/" + articleId + "/claims", """
                    {"speaker": {"name": "Curator"}, "quote": {"exact": "The archive opened on Monday"},
                     "statement": "The archive opened on Monday.", "topic": "Archive"}""");
            var second = service.send("POST", "/api/articles/" + articleId + "/claims", """
                    {"speaker": {"name": "Guard"}, "quote": {"exact": "The archive did not open on Monday"},
                     "statement": "The archive did not open on Monday.", "topic": "Archive"}""");
            flagId = Long.parseLong(second.body().replaceAll("(?s).*\"conflicts\":\\[\\{\"id\":(\\d+).*", "$1"));
            assertThat(service.send("POST", "/api/conflicts/" + flagId + "/decisions",
                    "{\"action\": \"CONFIRM\", \"version\": 0}").status()).isEqualTo(200);
            articleBefore = service.send("GET", "/api/articles/" + articleId, null).body();
            auditBefore = service.send("GET", "/api/audit?entity=conflict&id=" + flagId, null).body();
            countsBefore = counts(source);

            Path dumpTool = EmbeddedDatabase.binariesFolder().resolve("bin").resolve("mariadb-dump");
            Path options = root.resolve("dump.cnf");
            Files.writeString(options, "[client]\npassword=" + Files.readString(root.resolve("source")
                    .resolve("root-password")).strip() + "\n");
            Process dumping = new ProcessBuilder(dumpTool.toString(), "--defaults-extra-file=" + options,
                    "--host=127.0.0.1", "--port=" + Files.readString(root.resolve("source").resolve("port")).strip(),
                    "--user=root", "--single-transaction", "--routines", "--triggers", "--hex-blob",
                    "--default-character-set=utf8mb4", "--result-file=" + dump, EmbeddedDatabase.DATABASE_NAME)
                    .redirectErrorStream(true).redirectOutput(root.resolve("dump.log").toFile()).start();
            assertThat(dumping.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(dumping.exitValue()).as("mariadb-dump exit; see dump.log").isZero();
        }
        assertThat(Files.readString(dump)).contains("CREATE TABLE `claim`", "INSERT INTO `audit_event`");

        try (EmbeddedDatabase target = EmbeddedDatabase.start(root.resolve("target"))) {
            try (Connection connection = DriverManager.getConnection(target.jdbcUrl() + "?allowMultiQueries=true",
                    EmbeddedDatabase.USERNAME, target.password());
                 Statement sql = connection.createStatement()) {
                sql.execute(Files.readString(dump));
            }
            assertThat(counts(target)).isEqualTo(countsBefore);
            try (ServiceProcess restored = ServiceProcess.start(target, root.resolve("target.log"))) {
                assertThat(restored.send("GET", "/api/articles/" + articleId, null).body()).isEqualTo(articleBefore);
                assertThat(restored.send("GET", "/api/audit?entity=conflict&id=" + flagId, null).body())
                        .isEqualTo(auditBefore);
                assertThat(restored.send("GET", "/api/conflicts/" + flagId, null).body()).contains("\"status\":\"CONFIRMED\"");
                assertThat(restored.send("POST", "/api/articles/" + articleId + "/claims", """
                        {"speaker": {"name": "Visitor"}, "quote": {"exact": "the curator said"},
                         "statement": "The curator spoke.", "topic": "Archive"}""").status()).isEqualTo(201);
            }
        }
    }

    private static Map<String, Long> counts(EmbeddedDatabase database) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USERNAME,
                database.password());
             Statement sql = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
