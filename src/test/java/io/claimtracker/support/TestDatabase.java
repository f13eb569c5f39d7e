package io.claimtracker.support;

import io.claimtracker.common.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The database every Quarkus test runs against: a fresh embedded MariaDB under target/, or the external
 * MySQL/MariaDB named by the TRACKER_TEST_DB_URL environment variable (with TRACKER_TEST_DB_USERNAME and
 * TRACKER_TEST_DB_PASSWORD, default root and empty).
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String URL_VARIABLE = "TRACKER_TEST_DB_URL";

    private EmbeddedDatabase embedded;
    private Path folder;

    @Override
    public Map<String, String> start() {
        Optional<String> external = Optional.ofNullable(System.getenv(URL_VARIABLE)).filter(url -> !url.isBlank());
        if (external.isPresent()) {
            return Map.of("quarkus.datasource.jdbc.url", external.get(),
                    "quarkus.datasource.username", env("TRACKER_TEST_DB_USERNAME", "root"),
                    "quarkus.datasource.password", env("TRACKER_TEST_DB_PASSWORD", ""));
        }
        folder = Path.of("target", "test-db", UUID.randomUUID().toString());
        embedded = EmbeddedDatabase.start(folder);
        return Map.of("quarkus.datasource.jdbc.url", embedded.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USERNAME,
                "quarkus.datasource.password", embedded.password());
    }

    @Override
    public void stop() {
        if (embedded != null) {
            embedded.close();
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete the test database folder " + root + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
