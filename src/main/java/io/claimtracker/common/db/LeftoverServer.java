package io.claimtracker.common.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a MariaDB server left running on a data folder by a service that died without stopping it (kill -9), and
 * stops it so that a new one can start there; refuses when the service that owns the folder is still alive.
 */
final class LeftoverServer {

    static final String OWNER_FILE = "owner.pid";
    private static final long STOP_WAIT_SECONDS = 30;
    private static final String DATADIR = "--datadir=";

    private LeftoverServer() {
    }

    /** Stops any server still running on {@code dataDir}, unless the service that started it is alive. */
    static void clear(Path root, Path dataDir) {
        Optional<ProcessHandle> owner = owner(root);
        List<ProcessHandle> servers = serversOn(dataDir);
        if (servers.isEmpty()) {
            return;
        }
        if (owner.isPresent()) {
            throw new IllegalStateException("The embedded database in " + root + " is in use by the running process "
                    + owner.get().pid() + ". Stop that service first, or give this one its own folder with "
                    + EmbeddedDatabaseSettings.FOLDER_VARIABLE + ".");
        }
        for (ProcessHandle server : servers) {
            System.err.println("Stopping the embedded MariaDB left running on " + dataDir + " (process "
                    + server.pid() + ") by a service that ended without stopping it.");
            server.destroy();
            try {
                server.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                server.destroyForcibly();
            }
        }
    }

    /** Records that this process owns the folder's server now. */
    static void claim(Path root) throws IOException {
        Files.writeString(root.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
    }

    /** Gives the folder up after its server stopped. */
    static void release(Path root) {
        try {
            Files.deleteIfExists(root.resolve(OWNER_FILE));
        } catch (IOException e) {
            System.err.println("Could not remove " + root.resolve(OWNER_FILE) + ": " + e.getMessage());
        }
    }

    /** The live process, other than this one, recorded as owning the folder. */
    private static Optional<ProcessHandle> owner(Path root) {
        Path file = root.resolve(OWNER_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.pid() != ProcessHandle.current().pid())
                    .filter(process -> process.info().command().map(command -> command.contains("java")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<ProcessHandle> serversOn(Path dataDir) {
        Path target = canonical(dataDir.toString());
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).stream()
                        .filter(argument -> argument.startsWith(DATADIR))
                        .anyMatch(argument -> canonical(argument.substring(DATADIR.length())).equals(target)))
                .toList();
    }

    private static Path canonical(String folder) {
        Path path = Path.of(folder).toAbsolutePath().normalize();
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
