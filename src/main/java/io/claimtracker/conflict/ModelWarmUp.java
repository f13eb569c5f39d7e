package io.claimtracker.conflict;

import io.claimtracker.conflict.candidate.Embedder;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.Statement;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Loads the embedding model, WordNet and the contradiction model in the background at start, so neither the
 * start nor the first saved claim waits for them; {@link #ready()} tells the readiness check when they are in.
 */
@jakarta.enterprise.context.ApplicationScoped
public class ModelWarmUp {

    private static final Logger LOG = Logger.getLogger(ModelWarmUp.class);

    @Inject
    Instance<Embedder> embedder;

    @Inject
    Instance<ConflictJudge> judge;

    @Inject
    ManagedExecutor executor;

    private volatile boolean ready;

    void onStart(@Observes StartupEvent started) {
        executor.execute(() -> {
            long begun = System.nanoTime();
            try {
                embedder.get().embed("The talks resumed on Monday.");
                judge.get().check(Statement.of("The talks resumed."), Statement.of("The talks did not resume."));
                ready = true;
                LOG.infof("Detection models loaded in %d ms", (System.nanoTime() - begun) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warnf("Warming up the detection models failed; the first saved claim will load them: %s",
                        e.getMessage());
            }
        });
    }

    /** Whether the embedding and contradiction models have been loaded and run once. */
    public boolean ready() {
        return ready;
    }
}
