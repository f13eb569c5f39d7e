package io.claimtracker.common.db;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

/** Entry point: starts the embedded MariaDB when no datasource URL is configured, then the service. */
@QuarkusMain
public class ClaimTrackerMain {

    private static final Logger LOG = Logger.getLogger(ClaimTrackerMain.class);
    private static final java.util.logging.Logger[] QUIET = {
            java.util.logging.Logger.getLogger("ch.vorburger"),
            java.util.logging.Logger.getLogger("org.springframework")};

    public static void main(String... args) {
        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(System.getenv(), System.getProperties());
        if (!settings.embedded()) {
            Quarkus.run(args);
            return;
        }
        for (java.util.logging.Logger logger : QUIET) {
            logger.setLevel(java.util.logging.Level.WARNING);
        }
        LOG.infof("No datasource URL configured: starting the embedded MariaDB with its files in %s and a %d MB "
                + "buffer pool", settings.folder().toAbsolutePath(), settings.bufferPoolBytes() >> 20);
        EmbeddedDatabase database = EmbeddedDatabase.start(settings.folder(), 0, settings.bufferPoolBytes());
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USERNAME);
        System.setProperty("quarkus.datasource.password", database.password());
        LOG.infof("Embedded MariaDB listens on 127.0.0.1:%d", database.port());
        try {
            Quarkus.run(args);
        } finally {
            database.close();
            LOG.info("Embedded MariaDB stopped");
        }
    }
}
