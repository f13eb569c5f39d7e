package io.claimtracker.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Provokes a real deadlock on a MariaDB or MySQL database, for tests of what the service does with one. */
public final class Deadlocks {

    private Deadlocks() {
    }

    /** Opens a new connection to the database under test. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    /**
     * Two transactions lock rows 1 and 2 of {@code table} (columns {@code id} and {@code n}) in opposite orders; the
     * database rolls one back, and this returns its error.
     */
    public static SQLException provoke(Connections connections, String table) throws Exception {
        try (Connection first = connections.open(); Connection second = connections.open()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            first.createStatement().executeUpdate("UPDATE " + table + " SET n = n + 1 WHERE id = 1");
            second.createStatement().executeUpdate("UPDATE " + table + " SET n = n + 1 WHERE id = 2");
            CompletableFuture<SQLException> firstWaits = CompletableFuture.supplyAsync(() -> failureOf(first, table, 2));
            Thread.sleep(300);
            SQLException secondFailure = failureOf(second, table, 1);
            SQLException firstFailure = firstWaits.get(30, TimeUnit.SECONDS);
            first.rollback();
            second.rollback();
            SQLException failure = firstFailure != null ? firstFailure : secondFailure;
            assertThat((Object) failure).as("one of the two transactions is rolled back").isNotNull();
            return failure;
        }
    }

    private static SQLException failureOf(Connection connection, String table, int row) {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE " + table + " SET n = n + 1 WHERE id = " + row);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }
}
