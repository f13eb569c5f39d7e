package io.claimtracker.it;

import io.claimtracker.common.LockConflict;
import io.claimtracker.common.db.EmbeddedDatabase;
import io.claimtracker.support.Deadlocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves, on a real MariaDB, that a deadlock the database breaks is recognised as a lock conflict and run again,
 * while a duplicate key is neither recognised nor repeated.
 */
class LockConflictIT {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws SQLException {
        database = EmbeddedDatabase.start(Path.of("target", "it-db", "locks-" + UUID.randomUUID()).toAbsolutePath());
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE pair (id INT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB");
            sql.execute("INSERT INTO pair VALUES (1, 0), (2, 0)");
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void aDeadlockIsALockConflictAndADuplicateKeyIsNot() throws Exception {
        SQLException deadlock = deadlock();
        assertThat(LockConflict.causedBy(new RuntimeException("wrapped", deadlock))).isTrue();

        SQLException duplicate = duplicateKey();
        assertThat(LockConflict.causedBy(new RuntimeException("wrapped", duplicate))).isFalse();
    }

    @Test
    void workRolledBackByADeadlockRunsAgainAndOtherFailuresDoNot() throws Exception {
        SQLException deadlock = deadlock();
        AtomicInteger runs = new AtomicInteger();
        String result = LockConflict.retried(3, () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException(deadlock);
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(runs).hasValue(2);

        SQLException duplicate = duplicateKey();
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> LockConflict.retried(3, () -> {
            tries.incrementAndGet();
            throw new IllegalStateException(duplicate);
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tries).hasValue(1);

        AtomicInteger stubborn = new AtomicInteger();
        assertThatThrownBy(() -> LockConflict.retried(3, () -> {
            stubborn.incrementAndGet();
            throw new IllegalStateException(deadlock);
        })).isInstanceOf(IllegalStateException.class);
        assertThat(stubborn).hasValue(3);
    }

    private static SQLException deadlock() throws Exception {
        return Deadlocks.provoke(LockConflictIT::connect, "pair");
    }

    private static SQLException duplicateKey() throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO pair VALUES (1, 0)");
            throw new AssertionError("the duplicate row was accepted");
        } catch (SQLException e) {
            return e;
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USERNAME, database.password());
    }
}
