package io.claimtracker.common;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the operating-system scheduling priority of the calling thread (a higher nice value, which needs no
 * privilege), so that background work leaves the cores to requests when both want them. Only on Linux, where each
 * thread has a nice value of its own; elsewhere, or when it fails, the thread keeps its priority.
 */
public final class BackgroundPriority {

    private static final Logger LOG = Logger.getLogger(BackgroundPriority.class);
    private static final Path THIS_THREAD = Path.of("/proc/thread-self");

    private BackgroundPriority() {
    }

    /** Sets the calling thread's nice value to {@code niceness} (1–19); returns whether it took effect. */
    public static boolean lowerCurrentThread(int niceness) {
        if (niceness <= 0 || !Files.isSymbolicLink(THIS_THREAD)) {
            return false;
        }
        try {
            String taskPath = Files.readSymbolicLink(THIS_THREAD).toString();
            String threadId = taskPath.substring(taskPath.lastIndexOf('/') + 1);
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(Math.min(19, niceness)), "-p", threadId)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Thread priority left unchanged: %s", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
