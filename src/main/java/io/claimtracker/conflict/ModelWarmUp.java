package io.claimtracker.conflict;

import io.claimtracker.conflict.candidate.Embedder;
import io.claimtracker.conflict.detect.ConflictDetector;
import io.claimtracker.conflict.detect.Statement;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/** Loads the embedding model and WordNet in the background at start, so the first saved claim does not wait. */
public class ModelWarmUp {

    private static final Logger LOG = Logger.getLogger(ModelWarmUp.class);

    @Inject
    Embedder embedder;

    @Inject
    ConflictDetector detector;

    @Inject
    ManagedExecutor executor;

    void onStart(@Observes StartupEvent started) {
        executor.execute(() -> {
            try {
                embedder.embed("The talks resumed on Monday.");
                detector.check(Statement.of("The talks resumed."), Statement.of("The talks did not resume."));
            } catch (RuntimeException e) {
                LOG.warnf("Warming up the detection models failed; the first saved claim will load them: %s",
                        e.getMessage());
            }
        });
    }
}
