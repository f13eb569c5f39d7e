package io.claimtracker.common.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The embedded server's root password: generated at the first start, kept in {@value #FILE} in the database folder
 * (readable by the service's user only), required of root on every loopback host; anonymous accounts are removed.
 */
final class RootPassword {

    static final String FILE = "root-password";
    private static final String USER = "root";
    private static final List<String> LOOPBACK_HOSTS = List.of("localhost", "127.0.0.1", "::1");
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private RootPassword() {
    }

    /** Whether the folder's server has no root password yet and must start without privilege checks once to get one. */
    static boolean missing(Path root) {
        return !Files.isRegularFile(root.resolve(FILE));
    }

    /** The stored password, checked against the running server. */
    static String stored(Path root, int port) throws IOException, SQLException {
        Path file = root.resolve(FILE);
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        restrict(file);
        try (Connection ignored = DriverManager.getConnection(url(port), USER, password)) {
            return password;
        } catch (SQLException e) {
            throw new SQLException("the root password in " + file + " does not open the server (" + e.getMessage()
                    + "); if it was replaced by mistake, restore it, or delete it to have a new one set at the next "
                    + "start", e);
        }
    }

    /**
     * On a server started without privilege checks: turns them on, gives root on every loopback host a new
     * password with all privileges, removes anonymous accounts, and stores the password in the folder.
     */
    static String establish(Path root, int port) throws IOException, SQLException {
        String password = generate();
        try (Connection connection = DriverManager.getConnection(url(port), USER, "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("FLUSH PRIVILEGES");
            }
            dropAnonymousAccounts(connection);
            for (String host : LOOPBACK_HOSTS) {
                execute(connection, "CREATE USER IF NOT EXISTS 'root'@? IDENTIFIED BY ?", host, password);
                execute(connection, "ALTER USER 'root'@? IDENTIFIED BY ?", host, password);
                execute(connection, "GRANT ALL PRIVILEGES ON *.* TO 'root'@? WITH GRANT OPTION", host);
            }
            write(root.resolve(FILE), password);
        }
        return password;
    }

    private static void dropAnonymousAccounts(Connection connection) throws SQLException {
        List<String> hosts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT Host FROM mysql.user WHERE User = ''")) {
            while (rows.next()) {
                hosts.add(rows.getString(1));
            }
        }
        for (String host : hosts) {
            execute(connection, "DROP USER ''@?", host);
        }
    }

    private static void execute(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.execute();
        }
    }

    private static String url(int port) {
        return EmbeddedDatabase.serverUrl(port);
    }

    private static void write(Path file, String password) throws IOException {
        Path partial = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        restrict(partial);
        Files.writeString(partial, password + "\n", StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrict(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
