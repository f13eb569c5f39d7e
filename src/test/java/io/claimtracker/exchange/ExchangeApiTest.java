package io.claimtracker.exchange;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Proves the schema.org, Web Annotation and CSV exports, the annotation import round trip and the printable report. */
@QuarkusTest
class ExchangeApiTest {

    @Inject
    DataSource dataSource;

    private static final String BODY = "The bridge reopened on Friday, the mayor said. The bridge stayed closed on "
            + "Friday, a ferry pilot said, \"and nobody crossed\".";
    private static final Set<String> SCHEMA_TERMS = Set.of("@context", "@type", "@id", "text", "abstract", "author",
            "dateCreated", "about", "appearance", "firstAppearance", "conflictsWith", "name", "jobTitle", "url",
            "headline", "datePublished", "publisher", "itemReviewed", "claimReviewed", "reviewBody", "reviewRating",
            "alternateName", "affiliation");

    private record Pair(long articleId, long topicId, long first, long second, long flagId) {
    }

    private static Pair pair() {
        String topic = unique("Bridge");
        long articleId = article(unique("Bridge"), BODY, "2022-03-05");
        long first = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Mayor",
                        "role", "mayor of the town"), "quote", Map.of("exact", "The bridge reopened on Friday"),
                "statement", "The bridge reopened on Friday.", "topic", topic)).statusCode(201).extract().jsonPath()
                .getLong("id");
        var second = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Ferry pilot",
                        "role", "=HYPERLINK(\"x\") pilot"), "quote", Map.of("exact", "The bridge stayed closed on Friday"),
                "statement", "The bridge did not reopen on Friday.", "topic", topic)).statusCode(201).extract().jsonPath();
        long topicId = second.getLong("topic.id");
        return new Pair(articleId, topicId, first, second.getLong("id"),
                second.getLong("conflicts.find { it.otherClaimId == " + first + " }.id"));
    }

    private static void assertOnlyKnownTerms(Map<String, Object> node, JsonPath document) {
        Map<String, Object> context = document.getMap("'@context'[1]");
        for (var entry : node.entrySet()) {
            assertThat(SCHEMA_TERMS.contains(entry.getKey()) || context.containsKey(entry.getKey()))
                    .as("term %s is schema.org or defined in the context", entry.getKey()).isTrue();
        }
    }

    @Test
    void claimJsonLdPointsAtTheArticleAndCarriesConflictLinks() {
        Pair pair = pair();
        JsonPath doc = given().accept("application/ld+json").get("/api/exports/claims/" + pair.second + ".jsonld")
                .then().statusCode(200).contentType(containsString("application/ld+json")).extract().jsonPath();
        assertThat(doc.getString("'@context'[0]")).isEqualTo("https://schema.org/");
        assertThat(doc.getString("'@context'[1].ct")).endsWith("/ns/conflicts#");
        assertThat(doc.getString("'@type'")).isEqualTo("Claim");
        assertThat(doc.getString("'@id'")).endsWith("/claims/" + pair.second);
        assertThat(doc.getString("text")).isEqualTo("The bridge stayed closed on Friday");
        assertThat(doc.getString("author.name")).isEqualTo("Ferry pilot");
        assertThat(doc.getString("appearance.'@type'")).isEqualTo("NewsArticle");
        assertThat(doc.getString("appearance.publisher.name")).isEqualTo("Test Gazette");
        assertThat(doc.getString("appearance.datePublished")).isEqualTo("2022-03-05");
        assertThat(doc.getString("conflictsWith.find { it.otherClaim.endsWith('/claims/" + pair.first + "') }.conflictStatus"))
                .isEqualTo("open");
        Map<String, Object> node = doc.getMap("");
        assertOnlyKnownTerms(node, doc);
    }

    @Test
    void topicJsonLdListsClaimsAndConfirmedConflictsAsClaimReviews() {
        Pair pair = pair();
        long version = get("/api/conflicts/" + pair.flagId).extract().jsonPath().getLong("version");
        post("/api/conflicts/" + pair.flagId + "/decisions", Map.of("action", "CONFIRM", "version", version)).statusCode(200);

        JsonPath doc = get("/api/exports/topics/" + pair.topicId + ".jsonld").statusCode(200).extract().jsonPath();
        List<Map<String, Object>> graph = doc.getList("'@graph'");
        assertThat(graph).extracting(node -> node.get("@type")).containsExactlyInAnyOrder("Claim", "Claim", "ClaimReview");
        Map<String, Object> review = graph.stream().filter(node -> node.get("@type").equals("ClaimReview")).findFirst()
                .orElseThrow();
        assertThat(String.valueOf(((Map<?, ?>) review.get("itemReviewed")).get("@id"))).endsWith("/claims/" + pair.first);
        assertThat(review.get("author")).isEqualTo(Map.of("@type", "Person", "name", "admin"));
        graph.forEach(node -> assertOnlyKnownTerms(node, doc));
        get("/api/exports/topics/987654321.jsonld").statusCode(404);
    }

    @Test
    void annotationsExportAndImportRoundTripAndReimportIsSkipped() {
        Pair pair = pair();
        JsonPath one = get("/api/exports/claims/" + pair.first + "/annotation").statusCode(200).extract().jsonPath();
        assertThat(one.getString("'@context'")).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(one.getString("type")).isEqualTo("Annotation");
        assertThat(one.getString("target.selector.find { it.type == 'TextQuoteSelector' }.exact"))
                .isEqualTo("The bridge reopened on Friday");
        assertThat(one.getInt("target.selector.find { it.type == 'TextPositionSelector' }.start")).isZero();
        assertThat(one.getString("body.find { it.purpose == 'identifying' }.value")).isEqualTo("Mayor");

        String collection = get("/api/exports/articles/" + pair.articleId + "/annotations").statusCode(200)
                .body("type", equalTo("AnnotationCollection")).body("total", equalTo(2)).extract().asString();
        long copy = article(unique("Bridge copy"), BODY, "2022-03-05");
        given().contentType("application/ld+json").body(collection).post("/api/articles/" + copy + "/annotations")
                .then().statusCode(200).body("created", equalTo(2)).body("failed", equalTo(0));
        JsonPath copied = get("/api/articles/" + copy).extract().jsonPath();
        JsonPath original = get("/api/articles/" + pair.articleId).extract().jsonPath();
        for (String field : List.of("quote.exact", "quote.start", "quote.end", "quote.prefix", "speaker.name",
                "statement", "topic.name")) {
            assertThat(copied.getList("claims." + field)).as(field)
                    .containsExactlyInAnyOrderElementsOf(original.getList("claims." + field));
        }
        given().contentType("application/json").body(collection).post("/api/articles/" + copy + "/annotations")
                .then().statusCode(200).body("created", equalTo(0)).body("skipped", equalTo(2));
    }

    @Test
    void annotationsThatCannotBecomeClaimsAreReportedOneByOne() {
        long articleId = article(unique("Annotated"), "Lanterns were lit at dusk in the square.", null);
        String mixed = """
                [{"type": "Annotation", "id": "good", "body": [{"type": "TextualBody", "value": "Lanterns lit.", "purpose": "describing"}],
                  "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "Lanterns were lit"}}},
                 {"type": "Annotation", "id": "no-quote", "target": {"source": "x"}},
                 {"type": "Annotation", "id": "elsewhere", "target": {"selector": {"type": "TextQuoteSelector", "exact": "not here"}}}]""";
        given().contentType("application/json").queryParam("speaker", "Town crier").body(mixed)
                .post("/api/articles/" + articleId + "/annotations").then().statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(2))
                .body("items.find { it.id == 'no-quote' }.message", containsString("TextQuoteSelector"))
                .body("items.find { it.id == 'elsewhere' }.message", containsString("not"));
        given().contentType("application/json").body("[{\"type\": \"Annotation\", \"target\": {}}]")
                .post("/api/articles/" + articleId + "/annotations").then().statusCode(422)
                .contentType("application/problem+json").body("items[0].outcome", equalTo("failed"));
        given().contentType("application/json").body("{\"hello\": 1}")
                .post("/api/articles/" + articleId + "/annotations").then().statusCode(422)
                .body("title", equalTo("No annotations"));
        given().contentType("application/json").body("{").post("/api/articles/" + articleId + "/annotations")
                .then().statusCode(400);
    }

    private static List<List<String>> parseCsv(String download) {
        String csv = download.startsWith("\uFEFF") ? download.substring(1) : download;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void csvExportsQuoteCellsDefuseFormulasAndParseBackToTheStoredValues() {
        Pair pair = pair();
        var download = given().get("/api/exports/claims.csv?topic=" + pair.topicId).then().statusCode(200)
                .contentType(containsString("text/csv")).extract();
        String topicName = given().get("/api/topics/" + pair.topicId).then().extract().jsonPath().getString("name");
        assertThat(download.header("Content-Disposition")).as("named after the topic and the day")
                .contains("claims-topic-" + topicName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("-$", ""), java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".csv");
        String csv = download.asString();
        assertThat(csv).as("a byte-order mark, so spreadsheet programs read UTF-8").startsWith("\uFEFF");
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows.get(0)).startsWith("id", "speaker", "role", "quote", "statement");
        assertThat(rows).hasSize(3);
        List<String> pilot = rows.stream().filter(r -> r.get(1).equals("Ferry pilot")).findFirst().orElseThrow();
        assertThat(pilot.get(3)).isEqualTo("The bridge stayed closed on Friday");
        assertThat(pilot.get(2)).isEqualTo("'=HYPERLINK(\"x\") pilot");
        assertThat(pilot.get(4)).isEqualTo("The bridge did not reopen on Friday.");
        List<String> mayor = rows.stream().filter(r -> r.get(1).equals("Mayor")).findFirst().orElseThrow();
        assertThat(mayor.get(2)).isEqualTo("mayor of the town");

        List<List<String>> flags = parseCsv(given().get("/api/exports/conflicts.csv?topic=" + pair.topicId)
                .then().statusCode(200).extract().asString());
        List<String> row = flags.stream().filter(r -> r.get(0).equals(String.valueOf(pair.flagId))).findFirst()
                .orElseThrow();
        assertThat(row).contains("Mayor", "Ferry pilot", "OPEN", "POLARITY");
        assertThat(flags.subList(1, flags.size())).allMatch(r -> r.size() == flags.get(0).size());
        given().get("/api/exports/conflicts.csv?status=MAYBE").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * Proves the conflicts CSV of a topic with thousands of flags is streamed (chunked, not built whole in memory)
     * and lists each flag once, in id order, across the export's internal batches (the flags beyond the first pair
     * are stored directly, as a rescan would leave them).
     */
    @Test
    void aTopicWithThousandsOfFlagsExportsEveryFlagOnceInIdOrder() throws Exception {
        Pair pair = pair();
        int copies = 2_400;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SHOW COLUMNS FROM claim")) {
                while (rows.next()) {
                    if (!rows.getString(1).equals("id")) {
                        columns.add(rows.getString(1));
                    }
                }
            }
            String list = String.join(", ", columns);
            sql.execute("CREATE TEMPORARY TABLE copy_seq (n INT PRIMARY KEY)");
            sql.execute("INSERT INTO copy_seq (n) VALUES " + java.util.stream.IntStream.rangeClosed(1, copies)
                    .mapToObj(n -> "(" + n + ")").collect(java.util.stream.Collectors.joining(",")));
            long before = maxId(sql, "claim");
            sql.execute("INSERT INTO claim (" + list + ") SELECT " + list + " FROM claim JOIN copy_seq WHERE claim.id = " + pair.second);
            sql.execute("INSERT INTO conflict (claim_a_id, claim_b_id, kind, score, explanation, reversal, status, "
                    + "detector_version, detected_at, updated_at, version, topic_a_id, topic_b_id) SELECT " + pair.first
                    + ", c.id, f.kind, f.score, f.explanation, f.reversal, f.status, f.detector_version, f.detected_at, "
                    + "f.updated_at, 0, (SELECT topic_id FROM claim WHERE id = " + pair.first + "), c.topic_id "
                    + "FROM claim c JOIN conflict f ON f.id = " + pair.flagId + " WHERE c.id > " + before);
        }
        String topicName = given().get("/api/topics/" + pair.topicId).then().extract().jsonPath().getString("name");
        List<List<String>> flags = parseCsv(given().get("/api/exports/conflicts.csv?topic=" + pair.topicId)
                .then().statusCode(200).header("Content-Disposition", containsString("conflicts-topic-"
                        + topicName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")))
                .header("Transfer-Encoding", "chunked").header("Content-Length", org.hamcrest.Matchers.nullValue())
                .extract().asString());
        List<Long> ids = flags.subList(1, flags.size()).stream().map(row -> Long.parseLong(row.get(0))).toList();
        List<Long> expected = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT f.id FROM conflict f JOIN claim a ON a.id = f.claim_a_id "
                     + "JOIN claim b ON b.id = f.claim_b_id WHERE a.topic_id = " + pair.topicId + " OR b.topic_id = "
                     + pair.topicId + " ORDER BY f.id")) {
            while (rows.next()) {
                expected.add(rows.getLong(1));
            }
        }
        assertThat(expected).hasSizeGreaterThan(copies);
        assertThat(ids).doesNotHaveDuplicates().isSorted().contains(pair.flagId).isEqualTo(expected);
    }

    private static long maxId(Statement sql, String table) throws Exception {
        try (ResultSet rows = sql.executeQuery("SELECT MAX(id) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void printableReportCitesBothSidesOfEveryConflictEscaped() {
        Pair pair = pair();
        String page = get("/reports/topics/" + pair.topicId).statusCode(200).extract().asString();
        assertThat(page).contains("Conflict report", "id=\"conflict-" + pair.flagId + "\"", "Conflicting accounts",
                "Mayor, mayor of the town", "Ferry pilot", "=HYPERLINK(&quot;x&quot;)", "generated");
        String topicPage = get("/topics/" + pair.topicId).extract().asString();
        assertThat(topicPage).contains("/reports/topics/" + pair.topicId, "/api/exports/conflicts.csv?topic=" + pair.topicId);
    }

    @Test
    void readerFormImportsAnUploadedAnnotationFile() {
        Pair pair = pair();
        String collection = get("/api/exports/articles/" + pair.articleId + "/annotations").extract().asString();
        long copy = article(unique("Upload copy"), BODY, null);
        String page = given().multiPart("file", "annotations.jsonld", collection.getBytes(), "application/ld+json")
                .post("/articles/" + copy + "/annotations").then().statusCode(200).extract().asString();
        assertThat(page).contains("2 created, 0 already stored, 0 failed");
        String bad = given().multiPart("file", "bad.json", "{oops".getBytes(), "application/json")
                .post("/articles/" + copy + "/annotations").then().statusCode(400).extract().asString();
        assertThat(bad).contains("not valid JSON");
    }
}
