package io.claimtracker.common.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proves when the service starts its own database and where that database keeps its files. */
class EmbeddedDatabaseSettingsTest {

    @Test
    void withoutAUrlTheEmbeddedDatabaseIsUsedInTheDefaultFolder() {
        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(Map.of(), Map.of());

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.folder()).isEqualTo(Path.of("data", "mariadb"));
    }

    @Test
    void theStandardQuarkusUrlVariableSelectsAnExternalDatabase() {
        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(
                Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://db.internal:3306/claims"), Map.of());

        assertThat(settings.embedded()).isFalse();
        assertThat(settings.externalUrl()).contains("jdbc:mysql://db.internal:3306/claims");
    }

    @Test
    void theSystemPropertyAlsoSelectsAnExternalDatabase() {
        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(Map.of(),
                Map.of("quarkus.datasource.jdbc.url", "jdbc:mysql://127.0.0.1:3306/claims"));

        assertThat(settings.embedded()).isFalse();
    }

    @Test
    void aBlankUrlCountsAsNone() {
        assertThat(EmbeddedDatabaseSettings.from(Map.of("QUARKUS_DATASOURCE_JDBC_URL", " "), Map.of()).embedded())
                .isTrue();
    }

    @Test
    void theFolderVariableMovesTheEmbeddedFiles() {
        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(
                Map.of("TRACKER_DB_DIR", "/srv/claimtracker/db"), Map.of());

        assertThat(settings.folder()).isEqualTo(Path.of("/srv/claimtracker/db"));
    }

    @Test
    void theMemoryVariableSizesTheBufferPoolInWholeChunks() {
        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(Map.of("TRACKER_DB_MEMORY", "2G"), Map.of());

        assertThat(settings.memoryBytes()).isEqualTo(2L << 30);
        assertThat(settings.bufferPoolBytes()).as("three quarters of 2 GB, in 128 MB chunks").isEqualTo(1536L << 20);
        assertThat(EmbeddedDatabaseSettings.from(Map.of("TRACKER_DB_MEMORY", "300m"), Map.of()).bufferPoolBytes())
                .as("at least one chunk").isEqualTo(128L << 20);
        assertThat(EmbeddedDatabaseSettings.from(Map.of("TRACKER_DB_MEMORY", "1073741824"), Map.of()).memoryBytes())
                .isEqualTo(1L << 30);
    }

    @Test
    void withoutTheVariableTheDatabaseMayUseAQuarterOfTheMachinesMemoryWithinBounds() {
        long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        long memory = EmbeddedDatabaseSettings.from(Map.of(), Map.of()).memoryBytes();

        assertThat(memory).isBetween(256L << 20, 16L << 30);
        if (total / 4 >= 256L << 20 && total / 4 <= 16L << 30) {
            assertThat(memory).isEqualTo(total / 4);
        }
    }

    @Test
    void aMemorySettingThatIsNoSizeOrTooSmallIsRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.from(Map.of("TRACKER_DB_MEMORY", "lots"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("512M or 4G");
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.from(Map.of("TRACKER_DB_MEMORY", "64M"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 256M");
    }
}
