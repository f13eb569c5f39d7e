package io.claimtracker.intake;

import com.sun.net.httpserver.HttpServer;
import io.claimtracker.common.failure.InvalidInputException;
import io.claimtracker.common.failure.UnprocessableException;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves the page client connects to the address it checked (a name only the checker can resolve is fetched, and
 * is looked up once per hop), refuses a name with any address inside the network before connecting, ends a
 * trickling answer at its overall deadline, and stops reading past the byte limit.
 */
class PageClientTest {

    private Vertx vertx;
    private HttpServer server;
    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger lookups = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        vertx = Vertx.vertx();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = "<html><head><title>Harbour opens</title></head><body><p>Text.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/story", exchange -> {
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.getResponseHeaders().add("Location", "/story");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                byte[] block = new byte[64 * 1024];
                for (int i = 0; i < 64; i++) {
                    body.write(block);
                }
            } catch (IOException ignored) {
                // the client hung up once it had read enough
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        vertx.close();
    }

    private PageClient client(boolean allowPrivate, Duration deadline, PageClient.Resolver resolver) {
        return new PageClient(vertx, new PageClient.Policy(deadline, 1024 * 1024, allowPrivate), resolver,
                PublicAddresses.fixedRangesOnly());
    }

    private PageClient.Resolver only(String... addresses) {
        return host -> {
            lookups.incrementAndGet();
            if (!host.equals("news.invalid")) {
                return InetAddress.getAllByName(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                resolved[i] = InetAddress.getByName(addresses[i]);
            }
            return resolved;
        };
    }

    @Test
    void theConnectionGoesToTheCheckedAddressAndTheNameTravelsInTheHostHeader() {
        int port = server.getAddress().getPort();
        try (PageClient client = client(true, Duration.ofSeconds(10), only("127.0.0.1"))) {
            PageClient.Page page = client.fetch("http://news.invalid:" + port + "/moved");
            assertThat(page.content()).contains("Harbour opens");
            assertThat(page.address()).isEqualTo("http://news.invalid:" + port + "/story");
        }
        assertThat(lookups.get()).as("one lookup per hop").isEqualTo(2);
        assertThat(hostHeaders).containsExactly("news.invalid:" + port, "news.invalid:" + port);
    }

    @Test
    void aNameWithAnyAddressInsideTheNetworkIsRefusedBeforeConnecting() {
        int port = server.getAddress().getPort();
        try (PageClient client = client(false, Duration.ofSeconds(10), only("8.8.8.8", "127.0.0.1"))) {
            assertThatThrownBy(() -> client.fetch("http://news.invalid:" + port + "/story"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("url"));
            assertThatThrownBy(() -> client.fetch("http://[::ffff:127.0.0.1]:" + port + "/story"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.detail()).contains("inside the local network"));
        }
        assertThat(hostHeaders).isEmpty();
    }

    @Test
    void aTricklingAnswerEndsAtTheOverallDeadline() throws Exception {
        try (ServerSocket trickler = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             PageClient client = client(true, Duration.ofSeconds(2), only("127.0.0.1"))) {
            Thread feeder = new Thread(() -> trickle(trickler));
            feeder.start();
            long started = System.nanoTime();
            assertThatThrownBy(() -> client.fetch("http://news.invalid:" + trickler.getLocalPort() + "/slow"))
                    .isInstanceOf(UnprocessableException.class).hasMessageContaining("did not finish answering within 2 s");
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(tookMillis).as("regression guard: the deadline covers the whole exchange").isLessThan(8_000);
            feeder.interrupt();
        }
    }

    private static void trickle(ServerSocket trickler) {
        try (Socket socket = trickler.accept(); OutputStream out = socket.getOutputStream()) {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (!Thread.currentThread().isInterrupted()) {
                out.write('a');
                out.flush();
                Thread.sleep(300);
            }
        } catch (IOException | InterruptedException ignored) {
            // the client gave up, as it should
        }
    }

    @Test
    void readingStopsPastTheByteLimit() {
        int port = server.getAddress().getPort();
        try (PageClient client = client(true, Duration.ofSeconds(10), only("127.0.0.1"))) {
            assertThatThrownBy(() -> client.fetch("http://news.invalid:" + port + "/huge"))
                    .isInstanceOf(UnprocessableException.class).hasMessageContaining("larger than 1048576 bytes");
        }
    }
}
