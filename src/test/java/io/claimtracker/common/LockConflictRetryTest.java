package io.claimtracker.common;

import io.agroal.api.AgroalDataSource;
import io.claimtracker.support.Deadlocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves that a transactional method whose transaction the database rolled back over a deadlock (a real one,
 * provoked on the test database) is run again in a new transaction when it began the transaction, and is not when it
 * joined a caller's — and that a rollback exception carrying the deadlock only as a suppressed exception, as the
 * transaction manager reports a failed commit, counts as a lock conflict too.
 */
@QuarkusTest
class LockConflictRetryTest {

    /** A transactional method that fails its first run with the given database error. */
    @ApplicationScoped
    static class FailsOnce {
        private final AtomicInteger runs = new AtomicInteger();
        private volatile SQLException failure;

        void failFirstWith(SQLException error) {
            failure = error;
            runs.set(0);
        }

        SQLException failure() {
            return failure;
        }

        int runs() {
            return runs.get();
        }

        @Transactional
        String write() {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("first run", failure);
            }
            return "stored";
        }
    }

    @Inject
    FailsOnce failsOnce;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void provokeADeadlock() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS lock_retry_probe (id INT PRIMARY KEY, n INT NOT NULL)");
            sql.execute("INSERT IGNORE INTO lock_retry_probe VALUES (1, 0), (2, 0)");
        }
        failsOnce.failFirstWith(Deadlocks.provoke(dataSource::getConnection, "lock_retry_probe"));
        assertThat((Object) failsOnce.failure()).isNotNull();
    }

    @Test
    void aMethodThatBeganTheTransactionRunsAgainAfterADeadlock() {
        assertThat(failsOnce.write()).isEqualTo("stored");
        assertThat(failsOnce.runs()).isEqualTo(2);
    }

    @Test
    void aMethodInsideACallersTransactionIsNotRunAgain() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(failsOnce::write))
                .hasRootCauseInstanceOf(SQLException.class);
        assertThat(failsOnce.runs()).isEqualTo(1);
    }

    @Test
    void aDeadlockCarriedAsSuppressedByARollbackCounts() {
        jakarta.transaction.RollbackException commitFailed = new jakarta.transaction.RollbackException("not committed");
        commitFailed.addSuppressed(failsOnce.failure());
        assertThat(LockConflict.causedBy(new IllegalStateException(commitFailed))).isTrue();
        assertThat(LockConflict.causedBy(new jakarta.transaction.RollbackException("set rollback only"))).isFalse();
    }
}
