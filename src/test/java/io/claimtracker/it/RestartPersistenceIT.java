package io.claimtracker.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves that the packaged service, started as the README says with no database configured, runs on its embedded
 * MariaDB, says where it listens, creates the first admin with a password it logs once, refuses requests without
 * credentials, sends HSTS only when a proxy says the request came over HTTPS, and still has what it stored (and the same admin) after being stopped and started again.
 */
class RestartPersistenceIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newHttpClient();
    private Process service;
    private String authorization;

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void dataWrittenBeforeARestartIsStillThereAfterIt() throws Exception {
        Path folder = Path.of("target", "it-db", UUID.randomUUID().toString()).toAbsolutePath();
        Path log = Files.createDirectories(folder.getParent()).resolve(folder.getFileName() + ".log");
        int port = freePort();
        String base = "http://127.0.0.1:" + port;

        start(folder, port, log);
        assertThat(Files.readString(log)).contains("Listening on: http://", "Embedded MariaDB listens on 127.0.0.1:");
        send("GET", base + "/api/articles", null, 401);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("X-Forwarded-Proto", "https")
                .build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("Strict-Transport-Security"))
                .as("HSTS behind a TLS-terminating proxy").contains("max-age=31536000");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP").isEmpty();
        signInWithTheGeneratedPassword(log);
        String created = send("POST", base + "/api/articles", """
                {"title": "Restart check", "outlet": "Persistence Post", "publishedAt": "2016-09-18",
                 "body": "The envoy said the ceasefire would hold."}""", 201);
        long articleId = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        send("POST", base + "/api/articles/" + articleId + "/claims", """
                {"speaker": {"name": "Envoy Example"}, "quote": {"exact": "the ceasefire would hold"},
                 "statement": "The ceasefire will hold."}""", 201);
        stop();

        start(folder, port, log);
        String article = send("GET", base + "/api/articles/" + articleId, null, 200);
        assertThat(article).contains("\"title\":\"Restart check\"", "\"exact\":\"the ceasefire would hold\"",
                "\"name\":\"Envoy Example\"");
        assertThat(Files.isDirectory(folder.resolve("data").resolve("claimtracker"))).isTrue();
        assertThat(Pattern.compile("Created the first account").matcher(Files.readString(log)).results().count())
                .as("the admin is created once, not again at the second start").isEqualTo(1);
    }

    /**
     * Proves that after the service is killed without warning (SIGKILL, its embedded MariaDB left running on the
     * folder), the next start stops the leftover server and starts with the data intact, and that the embedded
     * server lets root in only with the generated password kept, owner-readable only, in the folder.
     */
    @Test
    void aServiceKilledWithoutWarningStartsAgainOnItsFolderWhichOnlyTheStoredPasswordOpens() throws Exception {
        Path folder = Path.of("target", "it-db", UUID.randomUUID().toString()).toAbsolutePath();
        Path log = Files.createDirectories(folder.getParent()).resolve(folder.getFileName() + ".log");
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        start(folder, port, log);
        signInWithTheGeneratedPassword(log);
        String created = send("POST", base + "/api/articles", """
                {"title": "Crash check", "outlet": "Persistence Post", "body": "The harbour reopened at dawn."}""", 201);
        long articleId = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));

        Path passwordFile = folder.resolve("root-password");
        assertThat(Files.getPosixFilePermissions(passwordFile)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String jdbc = "jdbc:mysql://127.0.0.1:" + Files.readString(folder.resolve("port")).strip() + "/";
        assertThatThrownBy(() -> DriverManager.getConnection(jdbc, "root", "").close())
                .as("root without a password is refused").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(jdbc, "", "").close())
                .as("no anonymous account").isInstanceOf(SQLException.class);
        try (Connection connection = DriverManager.getConnection(jdbc, "root",
                Files.readString(passwordFile).strip())) {
            assertThat(connection.isValid(5)).isTrue();
        }

        service.destroyForcibly();
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(serversOn(folder)).as("the killed service left its MariaDB running").isNotEmpty();

        start(folder, port, log);
        assertThat(send("GET", base + "/api/articles/" + articleId, null, 200)).contains("Crash check");
        assertThat(serversOn(folder)).as("one server runs on the folder").hasSize(1);
        assertThat(Files.readString(log)).contains("Stopping the embedded MariaDB left running on");
    }

    /** Reads the first admin's password, logged once at the first start, and signs in with it from now on. */
    private void signInWithTheGeneratedPassword(Path log) throws IOException {
        Matcher generated = Pattern.compile("generated password (\\S+) ").matcher(Files.readString(log));
        assertThat(generated.find()).as("the first start logs the admin's generated password").isTrue();
        authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + generated.group(1))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<ProcessHandle> serversOn(Path folder) {
        String argument = "--datadir=" + folder.resolve("data");
        return ProcessHandle.allProcesses().filter(process -> process.info().arguments()
                .map(arguments -> List.of(arguments).contains(argument)).orElse(false)).toList();
    }

    private void start(Path folder, int port, Path log) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app"), "quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().remove("TRACKER_ADMIN_PASSWORD");
        builder.environment().put("TRACKER_DB_DIR", folder.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        service = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(service.isAlive()).as("service exited early; see " + log).isTrue();
            if (isUp("http://127.0.0.1:" + port + "/q/health/ready")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Service did not become ready within " + START_TIMEOUT + "; see " + log);
    }

    private void stop() throws InterruptedException {
        service.destroy();
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).as("service stops on SIGTERM").isTrue();
    }

    private boolean isUp(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String send(String method, String url, String json, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + url + ": " + response.body()).isEqualTo(expectedStatus);
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
