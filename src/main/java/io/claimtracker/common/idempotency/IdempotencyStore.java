package io.claimtracker.common.idempotency;

import io.agroal.api.AgroalDataSource;
import io.claimtracker.common.TrackerConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers, per account and Idempotency-Key, that a request is running or what it answered, in the database so
 * that every instance sees it; an entry left running longer than the configured time is given up, and entries are
 * forgotten after the configured retention.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** What the store knows of a key when a request arrives with it. */
    public sealed interface Entry permits Claimed, Running, Answered {
    }

    /** The key was free: this request runs and its answer will be recorded. */
    public record Claimed() implements Entry {
    }

    /** A request with this key is still running. */
    public record Running(String request) implements Entry {
    }

    /** A request with this key finished with this answer. */
    public record Answered(String request, int status, String location, String body) implements Entry {
    }

    private static final int RUNNING = 0;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TrackerConfig config;

    public Entry claim(long accountId, String key, String request) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            for (int attempt = 0; attempt < 2; attempt++) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotent_request "
                        + "(account_id, idem_key, request, status, created_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setLong(1, accountId);
                    insert.setString(2, key);
                    insert.setString(3, request);
                    insert.setInt(4, RUNNING);
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                    return new Claimed();
                } catch (SQLIntegrityConstraintViolationException taken) {
                    Optional<Entry> existing = read(connection, accountId, key);
                    if (existing.isPresent()) {
                        return existing.get();
                    }
                }
            }
            return new Running(request);
        }
    }

    public void answer(long accountId, String key, int status, String location, String body) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE idempotent_request SET status = ?, "
                     + "location = ?, body = ? WHERE account_id = ? AND idem_key = ?")) {
            update.setInt(1, status);
            update.setString(2, location);
            update.setString(3, body);
            update.setLong(4, accountId);
            update.setString(5, key);
            update.executeUpdate();
        }
    }

    /** The request failed: the key is free again so that a retry runs it anew. */
    public void release(long accountId, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM idempotent_request WHERE account_id = ? AND idem_key = ? AND status = ?")) {
            delete.setLong(1, accountId);
            delete.setString(2, key);
            delete.setInt(3, RUNNING);
            delete.executeUpdate();
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldEntries() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM idempotent_request WHERE created_at < ? LIMIT 10000")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(config.idempotency().keep())));
            delete.executeUpdate();
        }
    }

    /** The stored entry; one left running past the abandon time is deleted and reported absent. */
    private Optional<Entry> read(Connection connection, long accountId, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT request, status, location, body, "
                + "created_at FROM idempotent_request WHERE account_id = ? AND idem_key = ?")) {
            select.setLong(1, accountId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int status = row.getInt(2);
                if (status != RUNNING) {
                    return Optional.of(new Answered(row.getString(1), status, row.getString(3), row.getString(4)));
                }
                Instant started = row.getTimestamp(5).toInstant();
                if (started.plus(config.idempotency().abandonAfter()).isAfter(Instant.now())) {
                    return Optional.of(new Running(row.getString(1)));
                }
            }
        }
        release(accountId, key);
        return Optional.empty();
    }
}
