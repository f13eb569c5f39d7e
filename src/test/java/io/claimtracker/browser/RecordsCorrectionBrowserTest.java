package io.claimtracker.browser;

import com.sun.net.httpserver.HttpServer;
import io.claimtracker.support.LongArticles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.claimtracker.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks an editor's corrections in headless Chromium: paste a 20,000-character article, attach claims (a surname
 * is offered the known speaker), fix the article's date, merge two speaker records, delete a claim and then the
 * article, each after its confirmation; and stores the largest allowed article (500,000 characters) through every
 * path that takes an article body, reporting the length each one kept.
 */
@QuarkusTest
class RecordsCorrectionBrowserTest extends ChromiumTest {

    private static final int LARGEST = 500_000;

    @Override
    boolean javascript() {
        return true;
    }

    @Override
    Duration patience() {
        return Duration.ofSeconds(60);
    }

    /** Puts text into a field the way a paste does: all at once, with the input event a paste fires. */
    private void paste(String id, String text) {
        script("const field = document.getElementById(arguments[0]); field.value = arguments[1];"
                + "field.dispatchEvent(new Event('input', {bubbles: true}));", id, text);
    }

    private void submit(String formSelector) {
        browser.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
    }

    private long articleOnPage() {
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-body")));
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*/articles/", "").replaceAll("[?#/].*", ""));
    }

    private long storedLength(long articleId) {
        String body = get("/api/articles/" + articleId).statusCode(200).extract().jsonPath().getString("body");
        return body.codePointCount(0, body.length());
    }

    private void attach(String exact, String speaker, String statement) {
        type("quote-exact", exact);
        type("speaker-name", speaker);
        type("statement", statement);
        submit("#claim-form");
    }

    @Test
    void editorPastesALongArticleFixesItsDateMergesSpeakersAndDeletesAClaimAndTheArticle() {
        String surname = "Lindqvist" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 3);
        String body = LongArticles.body(20_000) + "\n\nHanna " + surname + " said the ferry to Tromsø would sail on "
                + "Monday. " + surname + " later said the ferry would not sail this week.";
        open("/articles/new");
        type("title", "Ferry to Tromsø " + surname);
        type("outlet", "Nordlys Courier");
        script("document.getElementById('publishedAt').value = '2019-05-02';");
        paste("body", body);
        submit("main form");
        long articleId = articleOnPage();
        Number shown = (Number) script("return document.getElementById('article-body').textContent.length;");
        assertThat(shown.intValue()).isGreaterThanOrEqualTo(body.length());
        assertThat(storedLength(articleId)).isEqualTo(body.codePointCount(0, body.length()));

        attach("the ferry to Tromsø would sail on Monday", "Hanna " + surname, "The ferry to Tromsø sails on Monday.");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice[role=status]")));
        attach("the ferry would not sail this week", surname, "The ferry does not sail this week.");
        WebElement choice = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("speaker-choice")));
        assertThat(choice.getText()).contains("Hanna " + surname, "as a new speaker");
        choice.findElement(By.cssSelector("input[value=new]")).click();
        submit("#claim-form");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice[role=status]")));

        open("/articles/" + articleId + "/edit");
        script("document.getElementById('publishedAt').value = '2019-05-03';");
        submit("main form");
        articleOnPage();
        assertThat(browser.findElement(By.id("date-check")).getText()).contains("Date confirmed by");
        var stored = get("/api/articles/" + articleId).extract().jsonPath();
        assertThat(stored.getString("publishedAt")).isEqualTo("2019-05-03");
        List<Long> claimIds = stored.getList("claims.id", Long.class);
        List<Long> speakerIds = stored.getList("claims.speaker.id", Long.class);
        assertThat(stored.getList("claims.saidOn", String.class)).containsOnly("2019-05-03");
        assertThat(speakerIds).doesNotHaveDuplicates();

        long kept = speakerIds.get(stored.getList("claims.speaker.name", String.class).indexOf("Hanna " + surname));
        long other = speakerIds.stream().filter(id -> id != kept).findFirst().orElseThrow();
        open("/speakers/" + kept);
        new Select(browser.findElement(By.id("merge-speaker"))).selectByValue(String.valueOf(other));
        submit("form[action$='/merge']");
        waiting().until(driver -> driver.getPageSource().contains("2 claims on record"));
        assertThat(browser.getPageSource()).contains("also “" + surname + "”");
        get("/api/speakers/" + other).statusCode(404);

        open("/claims/" + claimIds.get(1));
        browser.findElement(By.linkText("Delete this claim…")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Delete"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Deleting it also removes");
        submit("main form[action$='/delete']");
        WebElement notice = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(notice.getText()).contains("Claim #" + claimIds.get(1) + " was deleted");
        get("/api/claims/" + claimIds.get(1)).statusCode(404);

        open("/articles/" + articleId + "/delete");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 claim");
        submit("main form[action$='/delete']");
        waiting().until(driver -> !driver.getCurrentUrl().contains("/delete"));
        assertThat(browser.findElement(By.id("notice")).getText()).as("the deletion is confirmed to the reviewer")
                .contains("was deleted, with 1 claim");
        get("/api/articles/" + articleId).statusCode(404);
        get("/api/claims/" + claimIds.get(0)).statusCode(404);
    }

    @Test
    void everyPathThatTakesAnArticleBodyStoresTheLargestAllowedArticle() throws IOException {
        String headline = "Grain corridor talks " + UUID.randomUUID().toString().substring(0, 6);

        open("/articles/new");
        type("title", headline + " (form)");
        type("outlet", "Kurier");
        paste("body", LongArticles.body(LARGEST));
        submit("main form");
        lastSaved = articleOnPage();
        report("add-article form", storedLength(lastSaved), LongArticles.body(LARGEST));

        open("/imports");
        paste("text", headline + " (pasted)\n\n" + LongArticles.body(LARGEST));
        type("paste-outlet", "Kurier");
        submit("form[action='/imports/text']");
        report("pasted text, read then saved", saveThePreview(), LongArticles.body(LARGEST));

        Path file = Files.createTempFile("longest", ".txt");
        Files.writeString(file, headline + " (file)\n\n" + LongArticles.body(LARGEST), StandardCharsets.UTF_8);
        open("/imports");
        browser.findElement(By.id("files")).sendKeys(file.toString());
        type("upload-outlet", "Kurier");
        submit("form[action='/imports/files']");
        report("one uploaded file, read then saved", saveThePreview(), LongArticles.body(LARGEST));

        Path second = Files.createTempFile("longest", ".txt");
        Files.writeString(second, headline + " (bulk)\n\n" + LongArticles.body(LARGEST - 1), StandardCharsets.UTF_8);
        open("/imports");
        browser.findElement(By.id("files")).sendKeys(file + "\n" + second);
        submit("form[action='/imports/files']");
        waiting().until(driver -> driver.getPageSource().contains("Finished:"));
        List<Long> imported = browser.findElements(By.cssSelector("main a[href^='/articles/']")).stream()
                .map(link -> link.getAttribute("href").replaceAll(".*/articles/", "").replaceAll("[^0-9].*", ""))
                .filter(id -> !id.isEmpty()).map(Long::valueOf).distinct().toList();
        assertThat(imported).isNotEmpty();
        for (long id : imported) {
            report("bulk import of two files", storedLength(id), null);
        }

        HttpServer page = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] html = ("<!doctype html><html><head><title>" + headline + " (fetched)</title>"
                + "<meta property=\"article:published_time\" content=\"2016-09-12\"></head><body><article><h1>"
                + headline + " (fetched)</h1>" + paragraphs(LongArticles.body(LARGEST)) + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        page.createContext("/story", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        page.start();
        try {
            open("/imports");
            type("url", "http://127.0.0.1:" + page.getAddress().getPort() + "/story");
            submit("form[action='/imports/url']");
            report("fetched address, read then saved", saveThePreview(), LongArticles.body(LARGEST));
        } finally {
            page.stop(0);
        }
    }

    private long lastSaved;

    private long saveThePreview() {
        WebElement body = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        assertThat(body.getAttribute("value")).isNotEmpty();
        if (browser.findElement(By.id("outlet")).getAttribute("value").isBlank()) {
            type("outlet", "Kurier");
        }
        submit("form[action='/articles']");
        lastSaved = articleOnPage();
        return storedLength(lastSaved);
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return html.toString();
    }

    /** Prints what a path kept and proves it kept every word of the text sent (line breaks may be normalised). */
    private void report(String path, long length, String sent) {
        System.out.printf("LONGEST %s: %,d characters stored%n", path, length);
        assertThat(length).as(path).isGreaterThan(LARGEST * 99L / 100);
        if (sent != null) {
            String stored = get("/api/articles/" + lastSaved).extract().jsonPath().getString("body");
            assertThat(words(stored)).as(path).isEqualTo(words(sent));
        }
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
