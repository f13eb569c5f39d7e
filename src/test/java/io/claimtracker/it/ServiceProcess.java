package io.claimtracker.it;

import io.claimtracker.common.db.EmbeddedDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged service started as a separate process on a given database, and a small HTTP client for it. */
final class ServiceProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "integration-admin-password";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;

    /** A response's status, body and headers. */
    record Answer(int status, String body, java.net.http.HttpHeaders headers) {
    }

    private ServiceProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    static ServiceProcess start(EmbeddedDatabase database, Path log) throws IOException, InterruptedException {
        return start(database, log, Map.of());
    }

    /**
     * Saving a claim answers with its flags (waiting up to 30 s for the check), for tests about something else
     * that read the flags from the answer; by default it answers pending after 50 ms.
     */
    static final Map<String, String> FLAGS_IN_ANSWERS = Map.of("TRACKER_DETECTION_ANSWER_WAIT", "PT30S");

    /**
     * The model reads every rule finding of a claim (above the candidates a claim can have), so that a test that
     * counts flags between claims that all conflict can expect every pair, whatever the per-claim budget.
     */
    static final Map<String, String> EVERY_FINDING = Map.of("TRACKER_DETECTION_MODEL_PAIRS_PER_CLAIM", "300");

    /** Starts the packaged service with some settings given as environment variables. */
    static ServiceProcess start(EmbeddedDatabase database, Path log, Map<String, String> settings)
            throws IOException, InterruptedException {
        return start(database.jdbcUrl(), EmbeddedDatabase.USERNAME, database.password(), log, settings);
    }

    /** Starts the packaged service on the database at the given JDBC address. */
    static ServiceProcess start(String jdbcUrl, String username, String password, Path log, Map<String, String> settings)
            throws IOException, InterruptedException {
        int port = freePort();
        Path jar = Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app"), "quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", username);
        env.put("QUARKUS_DATASOURCE_PASSWORD", password);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("TRACKER_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putAll(settings);
        ServiceProcess service = new ServiceProcess(builder.start(), "http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!service.process.isAlive()) {
                throw new AssertionError("service exited early; see " + log);
            }
            if (service.status("/q/health/ready") == 200) {
                return service;
            }
            Thread.sleep(250);
        }
        service.close();
        throw new AssertionError("service did not become ready within " + START_TIMEOUT + "; see " + log);
    }

    int status(String path) {
        try {
            return send("GET", path, null).status();
        } catch (IOException e) {
            return -1;
        }
    }

    Answer send(String method, String path, String json) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static long idOf(String json) {
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    /** Ends the process at once, as {@code kill -9} does. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
