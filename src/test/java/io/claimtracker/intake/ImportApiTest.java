package io.claimtracker.intake;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.claimtracker.intake.ExtractionTest.fixture;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.total;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Proves extraction through the API and pages, fetching by address, and bulk imports with their per-file report. */
@QuarkusTest
class ImportApiTest {

    private static String unique(String text) {
        return text + "\n\nReference " + UUID.randomUUID() + ".";
    }

    static JsonPath finished(long jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonPath job = get("/api/imports/" + jobId).statusCode(200).extract().jsonPath();
            if (!job.getString("status").equals("RUNNING")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + jobId + " did not finish");
    }

    @Test
    void extractReturnsMetadataForTheEditorAndStoresNothing() throws IOException {
        long before = get("/api/articles").extract().jsonPath().getLong("total");
        post("/api/imports/extract", Map.of("text", fixture("harbour.txt"))).statusCode(200)
                .body("title", equalTo("Harbour cranes return after winter repairs"))
                .body("authors", equalTo(List.of("Maria Keller"))).body("publishedAt", equalTo("2023-03-08"))
                .body("dateline", equalTo("Rostock"));
        post("/api/imports/extract", Map.of("html", fixture("page.html"))).statusCode(200)
                .body("outlet", equalTo("Valley Courier"));
        post("/api/imports/extract", Map.of()).statusCode(422);
        post("/api/imports/extract", Map.of("text", "One\n\nA.\n===\nTwo\n\nB.")).statusCode(422)
                .body("title", equalTo("Several articles"));
        assertThat(get("/api/articles").extract().jsonPath().getLong("total")).isEqualTo(before);
    }

    @Test
    void pageAtAnAddressIsFetchedFollowingRedirectsAndBadAddressesAreRefused() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = fixture("page.html").getBytes(StandardCharsets.UTF_8);
        server.createContext("/story", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/story");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            post("/api/imports/extract", Map.of("url", base + "/moved")).statusCode(200)
                    .body("title", equalTo("Library reopens after flood"))
                    .body("url", equalTo("https://courier.example/news/library-reopens"));
            post("/api/imports/extract", Map.of("url", base + "/gone")).statusCode(422)
                    .body("detail", containsString("404"));
            post("/api/imports/extract", Map.of("url", "file:///etc/passwd")).statusCode(422)
                    .body("errors[0].field", equalTo("url"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void bulkImportReportsImportedDuplicateAndFailedFiles() throws Exception {
        String first = unique(fixture("orchard.txt"));
        String html = fixture("page.html").replace("library-reopens", "library-" + UUID.randomUUID())
                .replace("reopened on Monday", "reopened on Monday " + UUID.randomUUID());
        var accepted = post("/api/imports", Map.of("outlet", "Bulk Bulletin", "documents", List.of(
                Map.of("name", "orchard.txt", "content", first),
                Map.of("name", "library.html", "content", html),
                Map.of("name", "orchard-again.txt", "content", first),
                Map.of("name", "empty.txt", "content", "Headline only"))))
                .statusCode(202).header("Location", containsString("/api/imports/")).extract().jsonPath();
        JsonPath job = finished(accepted.getLong("id"));

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getInt("total")).isEqualTo(4);
        assertThat(job.getInt("done")).isEqualTo(4);
        assertThat(job.getList("files.outcome")).containsExactly("imported", "imported", "duplicate", "failed");
        assertThat(job.getString("files[2].message")).contains("same text", "#" + job.getLong("files[0].articleId"));
        assertThat(job.getString("files[3].message")).contains("No article text");
        long orchard = job.getLong("files[0].articleId");
        get("/api/articles/" + orchard).body("outlet.name", equalTo("Bulk Bulletin"))
                .body("authors", equalTo(List.of("Lena Vogt", "Paul Meyer"))).body("publishedAt", equalTo("2023-06-02"));
        get("/api/articles/" + job.getLong("files[1].articleId")).body("outlet.name", equalTo("Valley Courier"));
        JsonPath audit = get("/api/audit?entity=article&id=" + orchard).extract().jsonPath();
        assertThat(audit.getString("items[0].channel")).isEqualTo("import");
        assertThat(audit.getString("items[0].actor")).isEqualTo("admin");
    }

    @Test
    void zipArchivesAreUnpackedAndBrokenOnesRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of("a/harbour.txt", "a/orchard.txt", "__MACOSX/._orchard.txt", "a/notes.pdf")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(unique(name.endsWith(".pdf") ? "%PDF" : fixture(name.substring(name.lastIndexOf('/') + 1)
                        .replace("._", ""))).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        long id = given().multiPart("file", "batch.zip", bytes.toByteArray(), "application/zip")
                .multiPart("outlet", "Zip Weekly").post("/api/imports").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        JsonPath job = finished(id);
        assertThat(job.getList("files.name")).containsExactly("a/harbour.txt", "a/orchard.txt");
        assertThat(job.getList("files.outcome")).containsOnly("imported");

        given().multiPart("file", "broken.zip", "not a zip".getBytes(), "application/zip").post("/api/imports")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void otherEntriesOfAnArchiveAreSkippedByNameWithoutBeingInflated() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("photo.raw"));
            zip.write(new byte[1024 * 1024]);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("harbour.txt"));
            zip.write(unique(fixture("harbour.txt")).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] archive = bytes.toByteArray();
        int data = 30 + "photo.raw".length();
        assertThat(new String(archive, 30, "photo.raw".length(), StandardCharsets.US_ASCII)).isEqualTo("photo.raw");
        archive[data] = (byte) 0xff;

        long id = given().multiPart("file", "mixed.zip", archive, "application/zip").multiPart("outlet", "Zip Weekly")
                .post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath job = finished(id);
        assertThat(job.getList("files.name")).containsExactly("harbour.txt");
        assertThat(job.getList("files.outcome")).containsOnly("imported");
    }

    private static byte[] bomb(int entries, int bytesEach) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        byte[] text = "a".repeat(bytesEach).getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("part-" + i + ".txt"));
                zip.write(text);
                zip.closeEntry();
            }
        }
        return zipped.toByteArray();
    }

    @Test
    void archivesThatUnpackBeyondTheUploadsBudgetAreRefusedWithoutUnpackingThem() throws Exception {
        long before = total("/api/articles?size=1");
        byte[] bomb = bomb(500, 2 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(4 * 1024 * 1024);
        given().multiPart("file", "bomb.zip", bomb, "application/zip").post("/api/imports").then().statusCode(413)
                .contentType("application/problem+json").body("title", equalTo("Upload too large"));

        var upload = given();
        byte[] small = bomb(10, 1024 * 1024);
        for (int i = 0; i < 7; i++) {
            upload = upload.multiPart("file", "part" + i + ".zip", small, "application/zip");
        }
        upload.post("/api/imports").then().statusCode(413).body("title", equalTo("Upload too large"));
        assertThat(total("/api/articles?size=1")).isEqualTo(before);
    }

    @Test
    void aPdfOrOtherBinaryFileIsRefusedWithAMessageNotStoredAsAnArticle() {
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        given().multiPart("file", "release.pdf", pdf, "application/pdf").post("/api/imports").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("PDF"));
        byte[] image = new byte[2048];
        image[0] = (byte) 0x89;
        image[1] = 'P';
        given().multiPart("file", "photo.txt", image, "text/plain").post("/api/imports").then().statusCode(415)
                .body("detail", containsString("not a text file"));
    }

    @Test
    void pagesPreviewOneArticleAndStartABulkImportForSeveral() throws Exception {
        String page = given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("text", fixture("harbour.txt"), "outlet", "Quay Times")).post("/imports/text")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Check the extracted article", "value=\"Harbour cranes return after winter repairs\"",
                "value=\"Quay Times\"", "value=\"Maria Keller\"", "value=\"2023-03-08\"",
                "Removed as photo captions: “Two cranes at the east quay”", "action=\"/articles\"");

        String location = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("text", unique(fixture("orchard.txt")) + "\n=====\n" + unique(fixture("harbour.txt")),
                        "outlet", "Quay Times")).post("/imports/text").then().statusCode(303).extract().header("Location");
        long jobId = Long.parseLong(location.replaceAll(".*/imports/", ""));
        finished(jobId);
        String report = get("/imports/" + jobId).statusCode(200).extract().asString();
        assertThat(report).contains("Finished: 2 imported", "pasted article 1", "pasted article 2");
        assertThat(get("/imports").statusCode(200).extract().asString()).contains("Paste text", "Upload files",
                "Fetch a page");
    }

    /**
     * Proves a bulk import without an outlet reads each file's own credit line, and imports a file that names none
     * with a warning to complete it instead of refusing it.
     */
    @Test
    void eachFileGivesItsOwnOutletAndAFileWithoutOneIsImportedWithAWarning() throws Exception {
        String marker = UUID.randomUUID().toString();
        var accepted = post("/api/imports", Map.of("documents", List.of(
                Map.of("name", "credited.txt", "content", "Quay reopens " + marker + "\n\nThe quay reopened on Monday "
                        + marker + ".\n\n© 2016 Harbour Gazette Kiel"),
                Map.of("name", "agency.txt", "content", "Talks resume " + marker + "\n\nGENEVA (Reuters) - Talks "
                        + "resumed on Tuesday " + marker + "."),
                Map.of("name", "bare.txt", "content", "Ferry delayed " + marker + "\n\nThe ferry was delayed "
                        + marker + ".")))).statusCode(202).extract().jsonPath();
        JsonPath job = finished(accepted.getLong("id"));
        assertThat(job.getList("files.outcome")).containsExactly("imported", "imported", "imported");
        get("/api/articles/" + job.getLong("files[0].articleId")).body("outlet.name", equalTo("Harbour Gazette Kiel"));
        get("/api/articles/" + job.getLong("files[1].articleId")).body("outlet.name", equalTo("Reuters"));
        get("/api/articles/" + job.getLong("files[2].articleId")).body("outlet.name", equalTo("Outlet not given"));
        assertThat(job.getString("files[2].message")).contains("No outlet was found", "Correct the outlet");
    }
}
