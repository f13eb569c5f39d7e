package io.claimtracker.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.claim;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws malformed, oversized, wrongly typed, Unicode-edge and injection payloads at every JSON endpoint that
 * changes data and at every form, each with at least one invalid part, and proves each gets a 4xx with a problem
 * body or an error page, leaks nothing internal, and leaves every table as it was. Prints how many cases ran.
 */
@QuarkusTest
class BadInputFuzzTest {

    private static final List<String> TABLES = List.of("outlet", "article", "article_author", "speaker",
            "speaker_alias", "topic", "claim", "claim_entity", "claim_signature", "conflict", "conflict_decision",
            "account", "api_token", "audit_event", "detection_queue");
    private static final List<Object> HOSTILE_TEXT = List.of(
            "'; DROP TABLE claim; --", "\" OR 1=1 --", "<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
            "{inject:csrf.token}", "{#include layout /}", "{currentUser.name}", "${7*7}", "{{7*7}}", "%s%n%x",
            "../../../etc/passwd", "\u202Eevil\u202C", "e\u0301\u0301\u0301", "\u200B\u200D\uFEFF", "👩🏽‍🚀🚢",
            "\u0000nul", "\uD800 lone high surrogate", "lone low \uDC00", "a".repeat(600_000));
    private static final List<Object> WRONG_TYPES = List.of(42, -1, 3.5e300, true, List.of(), List.of("x", 1),
            Map.of(), Map.of("nested", Map.of("deeper", List.of())));

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    private final List<String> failures = new ArrayList<>();
    private int cases;

    private Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM " + table)
                        .getSingleResult()).longValue());
            }
            return counts;
        });
    }

    private void expectRejected(String label, Function<Void, Response> request, boolean page) {
        cases++;
        Map<String, Long> before = counts();
        Response response = request.apply(null);
        int status = response.statusCode();
        String body = response.asString();
        String type = response.contentType() == null ? "" : response.contentType();
        Map<String, Long> after = counts();
        List<String> wrong = new ArrayList<>();
        if (status < 400 || status > 499) {
            wrong.add("status " + status);
        }
        if (!type.startsWith(page ? "text/html" : "application/problem+json") && !type.startsWith("application/problem+json")) {
            wrong.add("content type " + type);
        }
        if (body.contains("Exception") || body.contains("io.claimtracker.") || body.contains("at org.")) {
            wrong.add("internal details in body");
        }
        if (!before.equals(after)) {
            wrong.add("tables changed " + before + " -> " + after);
        }
        if (!wrong.isEmpty()) {
            failures.add(label + ": " + String.join(", ", wrong) + " | " + body.substring(0, Math.min(200, body.length())));
        }
    }

    private Response sendJson(String method, String path, String raw) {
        return given().contentType("application/json").body(raw).request(method, path);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON endpoint, a valid body for it, and the fields whose invalid values must be refused. */
    private record Endpoint(String method, String path, Map<String, Object> valid, List<String> strictFields) {
    }

    private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(base);
        changed.put(field, value);
        return changed;
    }

    @Test
    void everyBadPayloadIsRefusedWithA4xxAndChangesNothing() {
        long articleId = article(unique("Fuzz target"), "The committee approved the plan on Tuesday.", "2021-04-06");
        long claimId = claim(articleId, "Committee chair", "approved the plan", "The plan was approved.")
                .statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> article = Map.of("title", "Fuzz article", "outlet", "Fuzz Wire", "body", "Some text here.");
        Map<String, Object> claim = Map.of("speaker", Map.of("name", "Fuzz speaker"),
                "quote", Map.of("exact", "approved the plan"), "statement", "Approved.");
        Map<String, Object> edit = with(claim, "version", 0);
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/articles", article, List.of("publishedAt", "authors", "url", "language")),
                new Endpoint("POST", "/api/articles/" + articleId + "/claims", claim,
                        List.of("quote", "saidOn", "stance")),
                new Endpoint("PUT", "/api/claims/" + claimId, edit, List.of("quote", "version", "saidOn")),
                new Endpoint("POST", "/api/conflicts/check", Map.of("a", "It rained.", "b", "It did not rain."),
                        List.of("aDate", "bDate")),
                new Endpoint("POST", "/api/conflicts/987654321/decisions", Map.of("action", "CONFIRM", "version", 0),
                        List.of("action", "reason", "version")),
                new Endpoint("POST", "/api/users", Map.of("username", "fuzz-user", "role", "editor",
                        "password", "long enough password"), List.of("username", "role")),
                new Endpoint("PUT", "/api/account/password", Map.of("currentPassword", "wrong current password",
                        "newPassword", "another long password"), List.of("newPassword")),
                new Endpoint("POST", "/api/account/tokens", Map.of("name", "fuzz"), List.of()));

        List<String> malformed = List.of("", "{", "[", "null", "nul", "{\"title\":}", "{\"a\":1}{", "\u0000",
                "[".repeat(5000) + "]".repeat(5000), "{\"title\": \"unterminated", "\uFEFF{}", "{'single': 'quotes'}");
        for (Endpoint endpoint : endpoints) {
            for (String raw : malformed) {
                expectRejected(endpoint.method + " " + endpoint.path + " malformed " + raw.length(),
                        ignored -> sendJson(endpoint.method, endpoint.path, raw), false);
            }
            expectRejected(endpoint.method + " " + endpoint.path + " unknown field",
                    ignored -> sendJson(endpoint.method, endpoint.path, write(with(endpoint.valid, "sneaky", "x"))), false);
            expectRejected(endpoint.method + " " + endpoint.path + " as form", ignored -> given()
                    .contentType("application/x-www-form-urlencoded").formParam("a", "b")
                    .request(endpoint.method, endpoint.path), false);
            for (String field : endpoint.strictFields) {
                for (Object value : WRONG_TYPES) {
                    if (field.equals("authors") && value instanceof List<?> list && list.isEmpty()) {
                        continue;
                    }
                    expectRejected(endpoint.method + " " + endpoint.path + " " + field + "=" + value,
                            ignored -> sendJson(endpoint.method, endpoint.path, write(with(endpoint.valid, field, value))),
                            false);
                }
                for (Object value : HOSTILE_TEXT) {
                    Map<String, Object> body = with(endpoint.valid, field, value);
                    expectRejected(endpoint.method + " " + endpoint.path + " " + field + " hostile",
                            ignored -> sendJson(endpoint.method, endpoint.path, write(body)), false);
                }
            }
            for (String field : endpoint.valid.keySet()) {
                Map<String, Object> without = new LinkedHashMap<>(endpoint.valid);
                without.remove(field);
                if (!endpoint.path.startsWith("/api/conflicts/987654321") && !field.equals("password")) {
                    expectRejected(endpoint.method + " " + endpoint.path + " without " + field,
                            ignored -> sendJson(endpoint.method, endpoint.path, write(without)), false);
                }
            }
        }
        for (Object hostile : HOSTILE_TEXT) {
            Map<String, Object> invalidArticle = with(with(article, "title", hostile), "publishedAt", "not a date");
            expectRejected("article hostile title with bad date", ignored -> sendJson("POST", "/api/articles",
                    write(invalidArticle)), false);
            Map<String, Object> invalidClaim = with(with(claim, "statement", hostile), "stance", "SIDEWAYS");
            expectRejected("claim hostile statement with bad stance", ignored -> sendJson("POST",
                    "/api/articles/" + articleId + "/claims", write(invalidClaim)), false);
        }
        expectRejected("9 MiB article", ignored -> sendJson("POST", "/api/articles",
                write(with(article, "body", "x".repeat(9 * 1024 * 1024)))), false);

        Random random = new Random(20261122L);
        for (int i = 0; i < 100; i++) {
            byte[] bytes = new byte[1 + random.nextInt(300)];
            random.nextBytes(bytes);
            String noise = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            Endpoint endpoint = endpoints.get(i % endpoints.size());
            expectRejected(endpoint.method + " " + endpoint.path + " random bytes " + i,
                    ignored -> sendJson(endpoint.method, endpoint.path, noise), false);
        }

        fuzzForms(articleId);
        fuzzQueries();

        System.out.printf("FUZZ %d cases, %d failures%n", cases, failures.size());
        assertThat(failures).as("%d of %d fuzz cases", failures.size(), cases).isEmpty();
    }

    /**
     * The adversarial review's inputs, each at the largest size allowed: every one gets an answer below 500 that
     * leaks nothing, within a generous bound (a regression guard against quadratic work, not a benchmark).
     */
    @Test
    void theReviewsAdversarialInputsGetAnAnswerWithoutServerErrorInBoundedTime() {
        String curly = "\u201C".repeat(200_000);
        long curlyArticle = article(unique("Curly"), curly, null);
        String longBody = io.claimtracker.support.LongArticles.body(200_000);
        long longArticle = article(unique("Long"), longBody, null);
        String nested = "<html><body>" + "<div>".repeat(200_000) + "text" + "</div>".repeat(200_000) + "</body></html>";
        Map<String, Function<Void, Response>> inputs = new LinkedHashMap<>();
        inputs.put("suggestions on 200,000 opening quotes", ignored -> given().get("/api/articles/" + curlyArticle
                + "/suggestions"));
        inputs.put("one-character quote on a 200,000-character article", ignored -> given().contentType("application/json")
                .body(Map.of("speaker", Map.of("name", "Fuzz"), "quote", Map.of("exact", "a"), "statement", "A."))
                .post("/api/articles/" + longArticle + "/claims"));
        inputs.put("1,1,1,... in a check", ignored -> given().contentType("application/json")
                .body(Map.of("a", "1,".repeat(2_500), "b", "1,".repeat(2_500))).post("/api/conflicts/check"));
        inputs.put("200,000 nested divs", ignored -> given().contentType("application/json")
                .body(Map.of("html", nested)).post("/api/imports/extract"));
        inputs.put("unusable Idempotency-Key", ignored -> given().header("Idempotency-Key", "\t")
                .contentType("application/json").body(Map.of()).post("/api/articles"));
        inputs.put("Idempotency-Key of 201 characters", ignored -> given().header("Idempotency-Key", "k".repeat(201))
                .contentType("application/json").body(Map.of()).post("/api/articles"));
        for (var input : inputs.entrySet()) {
            cases++;
            long started = System.nanoTime();
            Response response = input.getValue().apply(null);
            long millis = (System.nanoTime() - started) / 1_000_000;
            String body = response.asString();
            System.out.printf("ADVERSARIAL %s: %d in %d ms%n", input.getKey(), response.statusCode(), millis);
            assertThat(response.statusCode()).as(input.getKey()).isLessThan(500);
            assertThat(body).as(input.getKey()).doesNotContain("Exception", "io.claimtracker.", "at org.");
            assertThat(millis).as(input.getKey() + " (generous bound)").isLessThan(20_000);
        }
    }

    private void fuzzForms(long articleId) {
        Map<String, Map<String, String>> forms = Map.of(
                "/articles", Map.of("title", "Form fuzz", "outlet", "Form Wire", "body", "Form body.",
                        "publishedAt", "2021-13-45"),
                "/articles/" + articleId + "/claims", Map.of("exact", "not in the article at all", "speaker", "Someone",
                        "statement", "Something."),
                "/review/987654321", Map.of("action", "CONFIRM", "version", "0"),
                "/admin/users", Map.of("username", "bad name!", "role", "editor"),
                "/account/tokens", Map.of("name", ""));
        for (var form : forms.entrySet()) {
            for (Object hostile : HOSTILE_TEXT) {
                if (hostile instanceof String text && text.length() > 100_000) {
                    continue;
                }
                for (String field : form.getValue().keySet()) {
                    Map<String, String> values = new LinkedHashMap<>(form.getValue());
                    if (values.get(field).isEmpty() || field.equals("publishedAt") || field.equals("exact")
                            || field.equals("username") || field.equals("version")) {
                        continue;
                    }
                    values.put(field, String.valueOf(hostile));
                    expectRejected("form " + form.getKey() + " " + field + " hostile", ignored -> given()
                            .accept("text/html").contentType("application/x-www-form-urlencoded").formParams(values)
                            .post(form.getKey()), true);
                }
            }
            expectRejected("form " + form.getKey() + " as JSON", ignored -> given().accept("text/html")
                    .contentType("application/json").body("{}").post(form.getKey()), true);
        }
        expectRejected("login form hostile", ignored -> given().auth().none().accept("text/html")
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("username", "' OR 1=1 --", "password", "{inject:csrf.token}")).post("/login"), true);
    }

    private void fuzzQueries() {
        List<String> queries = List.of("/api/articles?page=-1", "/api/articles?size=1000", "/api/articles?size=abc",
                "/api/articles?from=yesterday", "/api/conflicts?status=MAYBE", "/api/conflicts?kind=%3Cscript%3E",
                "/api/conflicts?topic=abc", "/api/claims?article=1e99", "/api/audit?entity=claim&id=-x",
                "/api/audit?entity=%27%3B--&id=1", "/api/claims/abc", "/api/articles/99999999999999999999");
        for (String query : queries) {
            expectRejected("GET " + query, ignored -> given().get(query), false);
        }
    }

    @Test
    void unicodeEdgeCasesAreStoredExactlyAndLoneSurrogatesAreRefused() {
        String title = "Zürich 👩🏽‍🚀 \u202Bمرحبا\u202C e\u0301 zero\u200Bwidth";
        String body = "Quote: «Ça va» — 🚢 ships; combining: n\u0303; tab\there.";
        long id = given().contentType("application/json").body(Map.of("title", title, "outlet", "Unicode Wire",
                "body", body)).post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        var stored = given().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getString("title")).isEqualTo(java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFC));
        assertThat(stored.getString("body")).isEqualTo(java.text.Normalizer.normalize(body, java.text.Normalizer.Form.NFC));

        Map<String, Long> before = counts();
        given().contentType("application/json").body("{\"title\": \"bad \\uD800 text\", \"outlet\": \"Wire\", "
                + "\"body\": \"Fine.\"}").post("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("title"));
        assertThat(counts()).isEqualTo(before);
    }
}
