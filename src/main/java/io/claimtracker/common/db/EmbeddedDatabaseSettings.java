package io.claimtracker.common.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up settings read before Quarkus boots: whether an external database is configured, where the embedded one
 * keeps its files and how much memory it may use.
 */
public record EmbeddedDatabaseSettings(Optional<String> externalUrl, Path folder, long memoryBytes) {

    /** Environment variable naming the embedded database's folder; default {@code data/mariadb}. */
    public static final String FOLDER_VARIABLE = "TRACKER_DB_DIR";
    public static final Path DEFAULT_FOLDER = Path.of("data", "mariadb");
    /**
     * Environment variable giving the memory the embedded database may use, in bytes or with a K, M or G suffix;
     * default a quarter of the machine's memory, between 256 MB and 16 GB.
     */
    public static final String MEMORY_VARIABLE = "TRACKER_DB_MEMORY";

    private static final long MB = 1L << 20;
    private static final long SMALLEST = 256 * MB;
    private static final long LARGEST = 16L << 30;
    /** InnoDB takes its buffer pool in chunks of this size. */
    private static final long CHUNK = 128 * MB;

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
        long memory = Optional.ofNullable(environment.get(MEMORY_VARIABLE)).filter(value -> !value.isBlank())
                .map(EmbeddedDatabaseSettings::bytes).orElseGet(EmbeddedDatabaseSettings::defaultMemory);
        return new EmbeddedDatabaseSettings(url, folder, memory);
    }

    /**
     * The InnoDB buffer pool: three quarters of the database's memory (the rest is for connections, sorts and logs),
     * in whole 128 MB chunks, at least one.
     */
    public long bufferPoolBytes() {
        return Math.max(CHUNK, memoryBytes * 3 / 4 / CHUNK * CHUNK);
    }

    /** A quarter of the machine's memory as the JVM sees it (a container's limit included), within bounds. */
    static long defaultMemory() {
        long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return Math.min(LARGEST, Math.max(SMALLEST, total / 4));
    }

    static long bytes(String value) {
        String text = value.trim().toUpperCase(java.util.Locale.ROOT);
        long unit = switch (text.charAt(text.length() - 1)) {
            case 'K' -> 1L << 10;
            case 'M' -> MB;
            case 'G' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
        try {
            long bytes = Math.multiplyExact(Long.parseLong(digits.trim()), unit);
            if (bytes < SMALLEST) {
                throw new IllegalArgumentException(MEMORY_VARIABLE + " is " + value + "; the embedded database needs "
                        + "at least 256M");
            }
            return bytes;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(MEMORY_VARIABLE + " is " + value + "; give bytes or a size such as "
                    + "512M or 4G", e);
        }
    }

    public boolean embedded() {
        return externalUrl.isEmpty();
    }
}
