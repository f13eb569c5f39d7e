package io.claimtracker.bench;

import io.claimtracker.support.TestAccounts;
import io.restassured.RestAssured;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Times repeated GET requests of one page after a warm-up, for page benchmarks: through the JDK's HTTP client,
 * signed in once through the sign-in form so that every request carries a session cookie, as an editor's browser.
 */
final class ResponseTimes {

    private ResponseTimes() {
    }

    /** The median and 95th percentile response time of the page, in milliseconds. */
    static double[] of(String path, int warmUp, int requests) {
        try {
            URI server = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String form = "username=" + URLEncoder.encode(TestAccounts.ADMIN, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(TestAccounts.ADMIN_PASSWORD, StandardCharsets.UTF_8);
            int signIn = http.send(HttpRequest.newBuilder(server.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (signIn != 303) {
                throw new AssertionError("signing in answered " + signIn);
            }
            HttpRequest page = HttpRequest.newBuilder(server.resolve(path)).GET().build();
            for (int i = 0; i < warmUp; i++) {
                fetch(http, page);
            }
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                long started = System.nanoTime();
                fetch(http, page);
                nanos[i] = System.nanoTime() - started;
            }
            Arrays.sort(nanos);
            return new double[] {nanos[requests / 2] / 1e6, nanos[(int) (requests * 0.95)] / 1e6};
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void fetch(HttpClient http, HttpRequest page) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(page, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().contains("Sign out")) {
            throw new AssertionError(page.uri() + " answered " + answer.statusCode() + " without the signed-in page");
        }
    }
}
