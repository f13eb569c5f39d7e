package io.claimtracker.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure caused by an unreachable database from any other failure. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        return Causes.any(failure, DatabaseOutage::isOutage);
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
