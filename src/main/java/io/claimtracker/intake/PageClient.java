package io.claimtracker.intake;

import io.claimtracker.common.failure.UnprocessableException;
import io.claimtracker.common.failure.InvalidInputException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches one page over http or https for extraction. Each hop's host name is resolved once, every address checked
 * with {@link PublicAddresses}, and the connection made to the checked address (no second lookup to rebind);
 * at most five redirects, one deadline for the whole exchange including redirects, and a byte limit on the body.
 */
public final class PageClient implements AutoCloseable {

    private static final int MAX_REDIRECTS = 5;

    /** Resolves a host name to its addresses; the real resolver outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** What a fetch may do: its deadline, its largest body and whether addresses inside the network are allowed. */
    public record Policy(Duration deadline, int maxBytes, boolean allowPrivateAddresses) {
    }

    /** A fetched page: the address it ended at, its content type and its text. */
    public record Page(String address, String contentType, String content) {
    }

    private record Answer(int status, String location, String contentType, byte[] body) {
    }

    private final HttpClient http;
    private final Policy policy;
    private final Resolver resolver;
    private final PublicAddresses addresses;

    public PageClient(Vertx vertx, Policy policy, Resolver resolver, PublicAddresses addresses) {
        this.policy = policy;
        this.resolver = resolver;
        this.addresses = addresses;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, policy.deadline().toMillis()))
                .setKeepAlive(false).setVerifyHost(true).setForceSni(true).setDecompressionSupported(true)
                .setMaxRedirects(0));
    }

    public Page fetch(String address) {
        long deadline = System.nanoTime() + policy.deadline().toNanos();
        URI uri = parse(address);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            InetAddress target = resolve(address, uri);
            Answer answer = exchange(address, uri, target, deadline);
            if (answer.status() >= 300 && answer.status() < 400 && answer.location() != null) {
                uri = parse(uri.resolve(answer.location()).toString());
                continue;
            }
            if (answer.status() != 200) {
                throw unfetchable(address, "it answered with HTTP status " + answer.status());
            }
            String type = answer.contentType() == null ? "text/html" : answer.contentType();
            return new Page(uri.toString(), type, new String(answer.body(), charset(type)));
        }
        throw unfetchable(address, "it redirects more than " + MAX_REDIRECTS + " times");
    }

    private Answer exchange(String address, URI uri, InetAddress target, long deadline) {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(bare(uri.getHost()))
                .setPort(port).setSsl(https).setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target, port)))
                .setFollowRedirects(false)
                .putHeader("Accept", "text/html, text/plain;q=0.9").putHeader("User-Agent", "ClaimTracker-import");
        CompletableFuture<Answer> result = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        http.request(options).onFailure(result::completeExceptionally).onSuccess(request -> {
            sent.set(request);
            request.send().onFailure(result::completeExceptionally).onSuccess(response -> {
                if (response.statusCode() != 200) {
                    result.complete(new Answer(response.statusCode(), response.getHeader("Location"), null, null));
                    request.reset();
                    return;
                }
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                response.exceptionHandler(result::completeExceptionally);
                response.handler(chunk -> {
                    if (body.size() + chunk.length() > policy.maxBytes()) {
                        result.completeExceptionally(new PageTooLarge());
                        request.reset();
                    } else {
                        body.writeBytes(chunk.getBytes());
                    }
                });
                response.endHandler(ignored -> result.complete(new Answer(200, null,
                        response.getHeader("Content-Type"), body.toByteArray())));
            });
        });
        try {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException();
            }
            return result.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw unfetchable(address, "it did not finish answering within " + policy.deadline().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unfetchable(address, "the fetch was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PageTooLarge) {
                throw unfetchable(address, "the page is larger than " + policy.maxBytes() + " bytes");
            }
            throw unfetchable(address, "it could not be reached (" + describe(e.getCause()) + ")");
        } finally {
            HttpClientRequest request = sent.get();
            if (request != null && !result.isDone()) {
                request.reset();
            }
        }
    }

    /** The one address this hop connects to, after every address of the name was found outside the network. */
    private InetAddress resolve(String address, URI uri) {
        InetAddress[] resolved;
        try {
            resolved = resolver.resolve(bare(uri.getHost()));
        } catch (UnknownHostException e) {
            throw unfetchable(address, "its host name is unknown");
        }
        if (resolved.length == 0) {
            throw unfetchable(address, "its host name is unknown");
        }
        if (!policy.allowPrivateAddresses()) {
            for (InetAddress candidate : resolved) {
                if (!addresses.isPublic(candidate)) {
                    throw InvalidInputException.of("url",
                            "points inside the local network, which the service does not fetch from");
                }
            }
        }
        return resolved[0];
    }

    private static URI parse(String address) {
        URI uri;
        try {
            uri = URI.create(address == null ? "" : address.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("url", "is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw InvalidInputException.of("url", "must be an http or https address");
        }
        return uri;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "no answer";
        }
        String name = failure.getClass().getSimpleName().replace("Exception", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).strip();
    }

    private static Charset charset(String contentType) {
        String lower = contentType.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("charset=");
        if (at >= 0) {
            try {
                return Charset.forName(lower.substring(at + 8).replaceAll("[\";].*", "").strip());
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static UnprocessableException unfetchable(String address, String why) {
        return new UnprocessableException("Page not fetched", "The page at " + address + " was not "
                + "fetched: " + why + ". Save the page and upload it, or paste its text.");
    }

    @Override
    public void close() {
        http.close();
    }

    /** The body went past the byte limit. */
    private static final class PageTooLarge extends RuntimeException {
        PageTooLarge() {
            super("page too large", null, false, false);
        }
    }
}
