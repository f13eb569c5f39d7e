package io.claimtracker.account;

import io.agroal.api.AgroalDataSource;
import io.claimtracker.common.text.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins kept in the database, so that every instance of the service counts the failures made through any
 * of them. Keys are stored as SHA-256 digests (a mistyped password in the name field is never stored), times as
 * epoch milliseconds from the throttle's clock; rows older than the window are removed as new ones arrive.
 */
@ApplicationScoped
public class SharedSignInFailures {

    private static final Logger LOG = Logger.getLogger(SharedSignInFailures.class);
    private static final int PRUNE_BATCH = 500;

    /** How many failures a key has had since a time, and the oldest of them. */
    public record Recent(int count, Instant oldest) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Each key's failures since the given time; empty when the database cannot be read (the caller counts alone). */
    public Optional<Map<String, Recent>> since(List<String> keys, Instant since) {
        String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT throttle_key, COUNT(*), MIN(failed_at_ms) "
                     + "FROM signin_failure WHERE throttle_key IN (" + marks + ") AND failed_at_ms > ? "
                     + "GROUP BY throttle_key")) {
            Map<String, String> byDigest = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                String digest = Hashes.sha256(keys.get(i));
                byDigest.put(digest, keys.get(i));
                select.setString(i + 1, digest);
            }
            select.setLong(keys.size() + 1, since.toEpochMilli());
            Map<String, Recent> recent = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    recent.put(byDigest.get(rows.getString(1)), new Recent(rows.getInt(2),
                            Instant.ofEpochMilli(rows.getLong(3))));
                }
            }
            return Optional.of(recent);
        } catch (SQLException e) {
            LOG.debugf("Shared sign-in failures unreadable, counting on this instance alone: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** Records one failure under each key and removes failures older than {@code horizon}. */
    public void record(List<String> keys, Instant at, Instant horizon) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO signin_failure (throttle_key, failed_at_ms) VALUES (?, ?)")) {
                for (String key : keys) {
                    insert.setString(1, Hashes.sha256(key));
                    insert.setLong(2, at.toEpochMilli());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement prune = connection.prepareStatement(
                    "DELETE FROM signin_failure WHERE failed_at_ms < ? LIMIT " + PRUNE_BATCH)) {
                prune.setLong(1, horizon.toEpochMilli());
                prune.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.warnf("A failed sign-in could not be recorded for other instances: %s", e.getMessage());
        }
    }

    /** Forgets a key's failures (a successful sign-in for that account from that address). */
    public void forget(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM signin_failure WHERE throttle_key = ?")) {
            connection.setAutoCommit(true);
            delete.setString(1, Hashes.sha256(key));
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("A successful sign-in could not clear the failures other instances see: %s", e.getMessage());
        }
    }
}
