package io.claimtracker.common.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up settings read before Quarkus boots: whether an external database is configured and where the
 * embedded one keeps its files.
 */
public record EmbeddedDatabaseSettings(Optional<String> externalUrl, Path folder) {

    /** Environment variable naming the embedded database's folder; default {@code data/mariadb}. */
    public static final String FOLDER_VARIABLE = "TRACKER_DB_DIR";
    public static final Path DEFAULT_FOLDER = Path.of("data", "mariadb");

    static final String URL_VARIABLE = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";

    public static EmbeddedDatabaseSettings from(Map<String, String> environment, Map<Object, Object> properties) {
        Optional<String> url = Optional.ofNullable((String) properties.get(URL_PROPERTY))
                .or(() -> Optional.ofNullable(environment.get(URL_VARIABLE)))
                .filter(value -> !value.isBlank());
        Path folder = Optional.ofNullable(environment.get(FOLDER_VARIABLE))
                .filter(value -> !value.isBlank())
                .map(Path::of)
                .orElse(DEFAULT_FOLDER);
        return new EmbeddedDatabaseSettings(url, folder);
    }

    public boolean embedded() {
        return externalUrl.isEmpty();
    }
}
