package io.claimtracker.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure caused by an unreachable database from any other failure. */
public final class DatabaseOutage {

    private static final int MAX_DEPTH = 8;

    private DatabaseOutage() {
    }

    /**
     * Whether the failure, its causes or what they suppressed (the transaction manager attaches a commit's failure to
     * its rollback exception that way, as when a Galera node dies during the commit) shows the database unreachable.
     */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    private static boolean causedBy(Throwable failure, int depth) {
        return depth < MAX_DEPTH && Causes.any(failure, cause -> isOutage(cause) || java.util.Arrays
                .stream(cause.getSuppressed()).anyMatch(suppressed -> causedBy(suppressed, depth + 1)));
    }

    private static boolean isOutage(Throwable cause) {
        return cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                || cause.getClass().getName().endsWith("CommunicationsException")
                || cause.getMessage() != null
                && cause.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
