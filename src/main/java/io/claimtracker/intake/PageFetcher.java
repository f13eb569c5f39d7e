package io.claimtracker.intake;

import io.claimtracker.common.TrackerConfig;
import io.claimtracker.common.web.Problem;
import io.claimtracker.common.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Fetches a page for extraction: http and https only, at most five redirects, each hop checked so that no address
 * inside the newsroom's network (loopback, private, link-local) is reached unless configured, bounded in time and size.
 */
@ApplicationScoped
public class PageFetcher {

    private static final int MAX_REDIRECTS = 5;

    @Inject
    TrackerConfig config;

    /** A fetched page: the address it ended at, its content type and its text. */
    public record Page(String address, String contentType, String content) {
    }

    public Page fetch(String address) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.intake().fetchTimeout()).build();
        URI uri = check(address);
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri)
                        .timeout(config.intake().fetchTimeout()).header("Accept", "text/html, text/plain;q=0.9")
                        .header("User-Agent", "ClaimTracker-import").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                    response.body().close();
                    uri = check(uri.resolve(response.headers().firstValue("Location").get()).toString());
                    continue;
                }
                if (status != 200) {
                    response.body().close();
                    throw unfetchable(address, "it answered with HTTP status " + status);
                }
                String type = response.headers().firstValue("Content-Type").orElse("text/html");
                byte[] bytes;
                try (InputStream body = response.body()) {
                    bytes = body.readNBytes(config.intake().maxFetchBytes() + 1);
                }
                if (bytes.length > config.intake().maxFetchBytes()) {
                    throw unfetchable(address, "the page is larger than " + config.intake().maxFetchBytes() + " bytes");
                }
                return new Page(uri.toString(), type, new String(bytes, charset(type)));
            }
            throw unfetchable(address, "it redirects more than " + MAX_REDIRECTS + " times");
        } catch (IOException e) {
            throw unfetchable(address, "it could not be reached (" + e.getClass().getSimpleName().replace("Exception", "")
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unfetchable(address, "the fetch was interrupted");
        }
    }

    private URI check(String address) {
        URI uri;
        try {
            uri = URI.create(address == null ? "" : address.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("url", "is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw ProblemException.invalidField("url", "must be an http or https address");
        }
        if (!config.intake().allowPrivateAddresses()) {
            try {
                for (InetAddress resolved : InetAddress.getAllByName(uri.getHost())) {
                    if (resolved.isLoopbackAddress() || resolved.isSiteLocalAddress() || resolved.isLinkLocalAddress()
                            || resolved.isAnyLocalAddress() || resolved.isMulticastAddress()
                            || resolved.getHostAddress().startsWith("fc") || resolved.getHostAddress().startsWith("fd")) {
                        throw ProblemException.invalidField("url",
                                "points inside the local network, which the service does not fetch from");
                    }
                }
            } catch (UnknownHostException e) {
                throw unfetchable(address, "its host name is unknown");
            }
        }
        return uri;
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

    private static ProblemException unfetchable(String address, String why) {
        return new ProblemException(Problem.of(422, "Page not fetched", "The page at " + address + " was not "
                + "fetched: " + why + ". Save the page and upload it, or paste its text."));
    }
}
