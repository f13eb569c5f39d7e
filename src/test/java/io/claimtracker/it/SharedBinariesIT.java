package io.claimtracker.it;

import io.claimtracker.common.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that embedded servers started at once in two data folders unpack the server's binaries once, into the
 * shared binaries folder, leave no half-unpacked copy behind, and keep no binaries in their data folders.
 */
class SharedBinariesIT {

    @Test
    void twoServersStartingAtOnceShareOneUnpackedCopy() throws Exception {
        Path root = Path.of("target", "it-db", "shared-" + UUID.randomUUID()).toAbsolutePath();
        Path binaries = root.resolve("binaries");
        String before = System.getProperty("tracker.embedded.binaries");
        System.setProperty("tracker.embedded.binaries", binaries.toString());
        try {
            CompletableFuture<EmbeddedDatabase> first = CompletableFuture.supplyAsync(
                    () -> EmbeddedDatabase.start(root.resolve("first")));
            CompletableFuture<EmbeddedDatabase> second = CompletableFuture.supplyAsync(
                    () -> EmbeddedDatabase.start(root.resolve("second")));
            try (EmbeddedDatabase one = first.get(); EmbeddedDatabase two = second.get()) {
                assertThat(answer(one)).isEqualTo(1);
                assertThat(answer(two)).isEqualTo(1);
                assertThat(EmbeddedDatabase.binariesFolder()).startsWith(binaries);
            }
            try (Stream<Path> copies = Files.list(binaries)) {
                List<Path> unpacked = copies.toList();
                assertThat(unpacked).as("one copy, no staging folder left").hasSize(1);
                assertThat(unpacked.get(0).resolve(".unpacked")).exists();
                assertThat(unpacked.get(0).resolve("bin")).isDirectory();
            }
            for (String folder : List.of("first", "second")) {
                try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                    assertThat(files.filter(path -> path.getFileName().toString().equals("mariadbd")))
                            .as("no server binary in the data folder %s", folder).isEmpty();
                }
            }
        } finally {
            if (before == null) {
                System.clearProperty("tracker.embedded.binaries");
            } else {
                System.setProperty("tracker.embedded.binaries", before);
            }
        }
    }

    private static int answer(EmbeddedDatabase database) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USERNAME,
                database.password()); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT 1")) {
            row.next();
            return row.getInt(1);
        }
    }
}
