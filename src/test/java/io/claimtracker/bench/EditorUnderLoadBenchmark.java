package io.claimtracker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.support.Api;
import io.claimtracker.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: what an editor waits for while API clients post in bulk. CLIENTS clients post
 * claims through the JSON API as fast as they are answered, each claim giving a count that differs from the others in
 * its topic (so every check reads many pairs and raises many flags); meanwhile one editor, signed in through the
 * login form, attaches EDITOR_CLAIMS claims through the article page's form, one every EDITOR_GAP_MS, each
 * contradicting a claim stored beforehand. For each editor claim it times, from the form's submission, when the page
 * shows its flag: the page the form redirects to, then the notice's own polls at the intervals the page asks for
 * (read from its {@code hx-trigger}), as a browser would. It reports p50 / p95 / max of that time, how many bulk
 * claims were posted, and how long the bulk backlog took to drain. Run with
 * {@code ./mvnw test -Dtest=EditorUnderLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.clients}, {@code -Dbench.editor-claims}, {@code -Dbench.editor-gap-ms}).
 */
@QuarkusTest
@TestProfile(ProductionSettings.class)
class EditorUnderLoadBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int EDITOR_CLAIMS = Integer.getInteger("bench.editor-claims", 20);
    private static final long EDITOR_GAP_MS = Long.getLong("bench.editor-gap-ms", 1500);
    private static final long HEAD_START_MS = 5000;
    private static final long GIVE_UP_MS = 600_000;
    private static final int TOPICS = 10;
    private static final String PASSWORD = "editor-under-load-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern EVERY = Pattern.compile("hx-trigger=\"every (\\d+)s\"");
    private static final Pattern DELAY = Pattern.compile("hx-trigger=\"load delay:(\\d+)ms\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI server;

    @Inject
    EntityManager entityManager;

    @Test
    void editorsFlagsBecomeVisibleWhileFourClientsPostFlatOut() throws Exception {
        String words = "Officials said 40 families left the valley after the landslide in Łódź province, and the "
                + "regional office counted 12 villages cut off by the flood near Kraków.";
        long bulkArticle = Api.article(Api.unique("Bulk wire"), words, "2016-09-19");
        long editorArticle = Api.article(Api.unique("Desk story"), words, "2016-09-19");
        String label = Long.toString(editorArticle);
        for (int i = 0; i < EDITOR_CLAIMS; i++) {
            Api.post("/api/articles/" + editorArticle + "/claims", Map.of("speaker", Map.of("name", "Regional office"),
                    "quote", Map.of("exact", "12 villages cut off"), "statement", (12 + i) + " villages were cut off "
                            + "by the flood.", "topic", "Flood " + label + " " + i)).statusCode(201);
        }
        while (queued(editorArticle) > 0) {
            Thread.sleep(100);
        }
        String editor = Api.account("editor", PASSWORD);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String session = signIn(http, editor);
        String reader = get(http, session, "/articles/" + editorArticle).body();
        Matcher token = CSRF.matcher(reader);
        assertThat(token.find()).as("the reader page carries the attach form's token").isTrue();
        String csrf = token.group(1);

        AtomicBoolean posting = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        String credentials = "Basic " + Base64.getEncoder().encodeToString(
                (TestAccounts.ADMIN + ":" + TestAccounts.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        URI bulkClaims = URI.create(server + "api/articles/" + bulkArticle + "/claims");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long burst = System.nanoTime();
        List<Future<Integer>> posted = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int offset = client;
            posted.add(clients.submit(() -> {
                int sent = 0;
                while (posting.get()) {
                    int n = next.getAndIncrement();
                    String body = JSON.writeValueAsString(Map.of("speaker", Map.of("name", "Official " + offset),
                            "quote", Map.of("exact", "40 families left the valley"),
                            "statement", (41 + n) + " families left the valley after the landslide.",
                            "topic", "Landslide " + bulkArticle + " " + (n % TOPICS)));
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(bulkClaims)
                            .header("Authorization", credentials).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(answer.statusCode()).isEqualTo(201);
                    sent++;
                }
                return sent;
            }));
        }

        Thread.sleep(HEAD_START_MS);
        ExecutorService watchers = Executors.newFixedThreadPool(EDITOR_CLAIMS);
        List<Future<Double>> seen = new ArrayList<>();
        for (int i = 0; i < EDITOR_CLAIMS; i++) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", csrf);
            form.put("exact", "12 villages cut off");
            form.put("speaker", "Mayor Nowak");
            form.put("role", "");
            form.put("statement", (40 + i) + " villages were cut off by the flood.");
            form.put("saidOn", "");
            form.put("topic", "Flood " + label + " " + i);
            long submitted = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server + "articles/"
                            + editorArticle + "/claims")).header("Cookie", "ct_session=" + session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("the form is accepted: %s", answer.body()).isEqualTo(303);
            String location = answer.headers().firstValue("Location").orElseThrow();
            seen.add(watchers.submit(() -> secondsUntilFlagShown(http, session, location, submitted)));
            Thread.sleep(EDITOR_GAP_MS);
        }
        posting.set(false);
        int bulk = 0;
        for (Future<Integer> client : posted) {
            bulk += client.get();
        }
        double bulkSeconds = (System.nanoTime() - burst) / 1e9;
        clients.shutdown();
        List<Double> visible = new ArrayList<>();
        for (Future<Double> watch : seen) {
            visible.add(watch.get(GIVE_UP_MS + 60_000, TimeUnit.MILLISECONDS));
        }
        watchers.shutdown();
        while (queued(bulkArticle) > 0) {
            Thread.sleep(200);
        }
        double drained = (System.nanoTime() - burst) / 1e9;
        double[] sorted = visible.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%nEditorUnderLoadBenchmark: %d API clients posted %d claims in %.1f s "
                        + "(%.1f/s) while one editor attached %d claims through the form, one every %d ms; the editor's "
                        + "flag visible on the page after p50 %.2f s, p95 %.2f s, max %.2f s (each: %s); every bulk "
                        + "check stored %.1f s after the burst began (%.1f claims/s)%n%n",
                CLIENTS, bulk, bulkSeconds, bulk / bulkSeconds, EDITOR_CLAIMS, EDITOR_GAP_MS,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1],
                visible.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).collect(Collectors.joining(" ")),
                drained, bulk / drained);
        assertThat(sorted).hasSize(EDITOR_CLAIMS);
        assertThat(sorted[sorted.length - 1]).as("every editor flag was shown before the benchmark gave up")
                .isLessThan(GIVE_UP_MS / 1000.0);
    }

    /**
     * Follows the form's redirect to the reader page, then the added-claim notice's polls at the intervals the page
     * sets, and returns the seconds from submission until the notice lists a flag.
     */
    private double secondsUntilFlagShown(HttpClient http, String session, String location, long submitted)
            throws Exception {
        Matcher added = Pattern.compile("/articles/(\\d+)\\?added=(\\d+)").matcher(location);
        assertThat(added.find()).as("the form redirects to the new claim's notice: %s", location).isTrue();
        String page = get(http, session, "/articles/" + added.group(1) + "?added=" + added.group(2)).body();
        String notice = notice(page);
        while (!notice.contains("takes part in")) {
            assertThat(notice).as("the editor's claim is checked and flagged").doesNotContain("conflicts with no stored");
            assertThat(System.nanoTime() - submitted).isLessThan(TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MS));
            Thread.sleep(pause(notice));
            notice = notice(get(http, session, "/articles/" + added.group(1) + "/added/" + added.group(2)
                    + query(notice)).body());
        }
        return (System.nanoTime() - submitted) / 1e9;
    }

    private static String notice(String page) {
        int start = page.indexOf("id=\"added\"");
        assertThat(start).as("the page shows the added claim's notice").isNotNegative();
        int open = page.lastIndexOf("<div", start);
        return page.substring(open, page.indexOf("</div>", start));
    }

    private static long pause(String notice) {
        Matcher every = EVERY.matcher(notice);
        if (every.find()) {
            return Long.parseLong(every.group(1)) * 1000;
        }
        Matcher delay = DELAY.matcher(notice);
        assertThat(delay.find()).as("a pending notice says when it looks again: %s", notice).isTrue();
        return Long.parseLong(delay.group(1));
    }

    private static String query(String notice) {
        Matcher get = Pattern.compile("hx-get=\"[^\"?]*(\\?[^\"]*)\"").matcher(notice);
        return get.find() ? get.group(1).replace("&amp;", "&") : "";
    }

    private HttpResponse<String> get(HttpClient http, String session, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server + path.substring(1)))
                .header("Cookie", "ct_session=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signIn(HttpClient http, String username) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("username", username, "password", PASSWORD,
                        "next", "/articles")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(303);
        Matcher cookie = Pattern.compile("ct_session=([^;]+)").matcher(
                String.join(";", answer.headers().allValues("Set-Cookie")));
        assertThat(cookie.find()).isTrue();
        return cookie.group(1);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private long queued(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM detection_queue q JOIN claim c ON c.id = q.claim_id WHERE c.article_id = ?1")
                .setParameter(1, articleId).getSingleResult()).longValue());
    }
}
