package io.claimtracker.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Not part of the suite: starts the packaged service on its embedded database as a user would, several times
 * over one new data folder and one new binaries folder, and prints how long each start took until
 * {@code /q/health/ready} answered 200, what Quarkus reported as its start time, and the folders' sizes.
 * The first start unpacks the server binaries and creates the schema; the later ones find both in place.
 * <pre>./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StartupBenchmark -Dbench.starts=6</pre>
 */
class StartupBenchmark {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void startsUntilReady() throws Exception {
        int starts = Integer.getInteger("bench.starts", 6);
        Path work = Files.createTempDirectory(Path.of("target"), "startup-");
        Path data = work.resolve("data");
        Path binaries = work.resolve("binaries");
        List<Long> later = new ArrayList<>();
        for (int i = 1; i <= starts; i++) {
            Path log = work.resolve("start-" + i + ".log");
            long millis = startOnce(data, binaries, log);
            String reported = reportedStart(log);
            System.out.printf("STARTUP %d: ready after %d ms (Quarkus: started in %s s); data folder %d MB, binaries %d MB%n",
                    i, millis, reported, megabytes(data), megabytes(binaries));
            if (i > 1) {
                later.add(millis);
            }
        }
        later.sort(null);
        System.out.printf("STARTUP later starts: min %d ms, median %d ms, max %d ms%n",
                later.get(0), later.get(later.size() / 2), later.get(later.size() - 1));
        assertEquals(starts - 1, later.size());
    }

    private long startOnce(Path data, Path binaries, Path log) throws IOException, InterruptedException {
        int port = ServiceProcess.freePort();
        Path jar = Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app"), "quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE"));
        env.put("TRACKER_DB_DIR", data.toAbsolutePath().toString());
        env.put("TRACKER_EMBEDDED_BINARIES", binaries.toAbsolutePath().toString());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("TRACKER_ADMIN_PASSWORD", ServiceProcess.ADMIN_PASSWORD);
        long begin = System.nanoTime();
        Process process = builder.start();
        try {
            long deadline = begin + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                assertTrue(process.isAlive(), "service exited early; see " + log);
                if (ready(port)) {
                    return (System.nanoTime() - begin) / 1_000_000;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("not ready within " + TIMEOUT + "; see " + log);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private boolean ready(int port) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String reportedStart(Path log) throws IOException {
        Matcher matcher = STARTED_IN.matcher(Files.readString(log));
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static long megabytes(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / (1024 * 1024);
        }
    }
}
