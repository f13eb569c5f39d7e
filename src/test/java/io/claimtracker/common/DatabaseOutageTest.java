package io.claimtracker.common;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves pool exhaustion is recognised as the database being unavailable (503), however the pool words it. */
class DatabaseOutageTest {

    @Test
    void anAcquisitionTimeoutInAnyCaseIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException("wrapped",
                new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("Acquisition timeout while waiting "
                + "for new connection")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("Duplicate entry", "23000"))))
                .isFalse();
    }

    @Test
    void aLostConnectionAttachedToARollbackAsSuppressedIsAnOutage() {
        RuntimeException rollback = new RuntimeException("Could not commit transaction");
        rollback.addSuppressed(new RuntimeException(new SQLException("Communications link failure", "08S01")));

        assertThat(DatabaseOutage.causedBy(new RuntimeException("Error invoking subclass method", rollback))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new RuntimeException("Could not commit")))).isFalse();
    }
}
