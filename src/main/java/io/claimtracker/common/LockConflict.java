package io.claimtracker.common;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.exception.LockAcquisitionException;

import java.sql.SQLException;
import java.util.function.Supplier;

/** Tells a transaction the database rolled back to break a deadlock or end a lock wait, and runs such work again. */
public final class LockConflict {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LockConflict.class);

    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private LockConflict() {
    }

    /**
     * Whether the failure, its causes or what they suppressed (the transaction manager attaches a commit's failure to
     * its rollback exception that way, as when a Galera node refuses a write set at commit) is a lock conflict.
     */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    private static boolean causedBy(Throwable failure, int depth) {
        return depth < 8 && Causes.any(failure, cause -> isLockConflict(cause) || java.util.Arrays
                .stream(cause.getSuppressed()).anyMatch(suppressed -> causedBy(suppressed, depth + 1)));
    }

    private static boolean isLockConflict(Throwable cause) {
        return cause instanceof LockAcquisitionException || cause instanceof PessimisticLockException
                || cause instanceof LockTimeoutException
                || cause instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                || sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT);
    }

    /**
     * Runs a unit of work that opens its own transaction, again after a short pause whenever the database rolled it
     * back over a lock, at most the given number of times in all; any other failure, or the last one, is thrown.
     */
    public static <T> T retried(int attempts, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !causedBy(e)) {
                    throw e;
                }
                LOG.infof("The database rolled back a transaction over a lock (attempt %d of %d); running it again",
                        attempt, attempts);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to run again after a lock conflict", e);
        }
    }
}
