package io.claimtracker.common.jobs;

import io.claimtracker.common.CurrentUser;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * The one way work runs in the background (bulk imports, rescans): on the managed executor, with a request
 * context in which the person who started it is the current user, and with its end recorded whatever happens.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class);

    /** The job's work; it reports progress itself. */
    @FunctionalInterface
    public interface Work {
        void run();
    }

    /** Records how the job ended: DONE, or FAILED with the reason. */
    @FunctionalInterface
    public interface Ending {
        void record(JobStatus status, String failure);
    }

    @Inject
    ManagedExecutor executor;

    /** Starts the work in the background, acting for {@code requestedBy} through {@code channel}. */
    public void start(String label, String requestedBy, String channel, Work work, Ending ending) {
        executor.execute(() -> {
            var requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                Arc.container().instance(CurrentUser.class).get().actAs(requestedBy, channel);
                work.run();
                ending.record(JobStatus.DONE, null);
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s stopped", label);
                ending.record(JobStatus.FAILED, e.getMessage());
            } finally {
                requestContext.terminate();
            }
        });
    }
}
