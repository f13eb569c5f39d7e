package io.claimtracker.bench;

import io.claimtracker.support.LongArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: one bulk import of {@code bench.files} (default 200) plain-text articles of
 * 6,000 code points each, timed from the request until the background job reports every file. Run with
 * {@code ./mvnw test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class ImportBenchmark {

    private static final int FILES = Integer.getInteger("bench.files", 200);

    @Test
    void bulkImportOfPlainTextArticles() throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, String>> documents = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            documents.add(Map.of("name", "article-" + i + ".txt", "content", "Import bench " + run + " number " + i
                    + "\n\nBy Bench Writer\n\n" + LongArticles.body(6_000) + "\n\nRun " + run + ", file " + i + "."));
        }
        long started = System.nanoTime();
        long job = given().contentType("application/json").body(Map.of("outlet", "Bench Ledger", "documents",
                documents)).post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath state;
        do {
            Thread.sleep(100);
            state = given().get("/api/imports/" + job).then().statusCode(200).extract().jsonPath();
        } while ("RUNNING".equals(state.getString("status")));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("ImportBenchmark: %d files of 6,000 code points imported in %.1f s (%.1f files/s), "
                + "status %s, imported %d%n", FILES, seconds, FILES / seconds, state.getString("status"),
                state.getInt("imported"));
        assertThat(state.getInt("imported")).isEqualTo(FILES);
    }
}
