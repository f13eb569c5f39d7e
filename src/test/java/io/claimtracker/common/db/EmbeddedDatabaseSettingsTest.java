package io.claimtracker.common.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
}
