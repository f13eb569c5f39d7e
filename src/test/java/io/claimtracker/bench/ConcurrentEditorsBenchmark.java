package io.claimtracker.bench;

import io.claimtracker.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: EDITORS editors, each signed in through the form with an account of their own,
 * read the review queue (about 51,000 open flags), an article page with 300 claims and a topic timeline of 300
 * claims at once, each ROUNDS times after a warm-up, as fast as answered. Claims and flags are written in bulk with
 * SQL. Reports p50 / p95 per page over every editor's requests. Run with
 * {@code ./mvnw test -Dtest=ConcurrentEditorsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.editors}, {@code -Dbench.rounds}).
 */
@QuarkusTest
@TestProfile(ProductionSettings.class)
class ConcurrentEditorsBenchmark {

    private static final int EDITORS = Integer.getInteger("bench.editors", 20);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final int WARM_UP = 3;
    private static final String PASSWORD = "concurrent-editors-password";

    @TestHTTPResource("/")
    URI server;

    @Inject
    EntityManager entityManager;

    @Test
    void twentyEditorsReadTheQueueAnArticleAndATimelineAtOnce() throws Exception {
        long queueTemplate = BulkSeed.templateClaim("Concurrent queue");
        long timelineTemplate = BulkSeed.templateClaim("Concurrent timeline");
        var timeline = given().get("/api/claims/" + timelineTemplate).then().extract().jsonPath();
        long topicId = timeline.getLong("topic.id");
        long articleId = timeline.getLong("article.id");
        QuarkusTransaction.requiringNew().run(() -> {
            BulkSeed.copies(entityManager, queueTemplate, 320);
            BulkSeed.flags(entityManager, queueTemplate, Long.MAX_VALUE);
        });
        QuarkusTransaction.requiringNew().run(() -> {
            BulkSeed.copies(entityManager, timelineTemplate, 299);
            BulkSeed.flags(entityManager, timelineTemplate, 3);
        });
        long open = given().get("/api/conflicts?status=OPEN&size=1").then().extract().jsonPath().getLong("total");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/review", "/review");
        pages.put("reader (300 claims)", "/articles/" + articleId);
        pages.put("topic timeline (300 claims)", "/topics/" + topicId);
        List<HttpClient> editors = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            editors.add(signedIn(Api.account("editor", PASSWORD)));
        }

        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        pages.keySet().forEach(page -> times.put(page, Collections.synchronizedList(new ArrayList<>())));
        CyclicBarrier together = new CyclicBarrier(EDITORS);
        ExecutorService browsers = Executors.newFixedThreadPool(EDITORS);
        List<Future<Integer>> done = new ArrayList<>();
        for (HttpClient http : editors) {
            done.add(browsers.submit(() -> {
                for (int round = 0; round < WARM_UP; round++) {
                    for (String path : pages.values()) {
                        fetch(http, path);
                    }
                }
                together.await(5, java.util.concurrent.TimeUnit.MINUTES);
                int fetched = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    for (Map.Entry<String, String> page : pages.entrySet()) {
                        long started = System.nanoTime();
                        fetch(http, page.getValue());
                        times.get(page.getKey()).add(System.nanoTime() - started);
                        fetched++;
                    }
                }
                return fetched;
            }));
        }
        int fetched = 0;
        for (Future<Integer> editor : done) {
            fetched += editor.get(30, java.util.concurrent.TimeUnit.MINUTES);
        }
        browsers.shutdown();
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, List<Long>> page : times.entrySet()) {
            long[] sorted = page.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            report.append(String.format(Locale.ROOT, "  %s p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d requests)%n",
                    page.getKey(), sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                    sorted[sorted.length - 1] / 1e6, sorted.length));
        }
        System.out.printf(Locale.ROOT, "%nConcurrentEditorsBenchmark: %d editors signed in at once, %d rounds each "
                + "after %d warm-up, %d open flags in the database%n%s%n", EDITORS, ROUNDS, WARM_UP, open, report);
        assertThat(fetched).isEqualTo(EDITORS * ROUNDS * pages.size());
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        int status = http.send(HttpRequest.newBuilder(server.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        assertThat(status).as("signing in").isEqualTo(303);
        return http;
    }

    private void fetch(HttpClient http, String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
    }
}
