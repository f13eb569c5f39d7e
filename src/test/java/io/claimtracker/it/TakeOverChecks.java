package io.claimtracker.it;

import io.claimtracker.common.db.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting, counting rows and reading answers for the tests that take background jobs over between instances. */
final class TakeOverChecks {

    private TakeOverChecks() {
    }

    /** A condition that may fail with an exception while it is not yet true. */
    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitUntil(Duration limit, Condition condition) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.holds()) {
            assertThat(Instant.now()).as("waited %s", limit).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    static long count(EmbeddedDatabase database, String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USERNAME,
                database.password()); Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    static int number(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    static String text(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }
}
