package io.claimtracker.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the editor's main journey in headless Chromium: add an article, select a phrase, attach a claim, attach a
 * conflicting one from another article, find the flag in the queue, dismiss it with a reason, reopen it, confirm it
 * and copy the citation, every review shortcut pressed as keys (j, k, d with a reason typed then Enter, o, r with a
 * note then Enter, c); screenshots of each page land in target/screenshots.
 */
@QuarkusTest
class EditorJourneyBrowserTest extends ChromiumTest {

    @Override
    boolean javascript() {
        return true;
    }

    @Override
    Duration patience() {
        return Duration.ofSeconds(10);
    }

    private long addArticle(String title, String body, String date) {
        open("/articles/new");
        type("title", title);
        type("outlet", "Journey Courier");
        script("document.getElementById('publishedAt').value = arguments[0];"
                + "document.getElementById('body').value = arguments[1];", date, body);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-body")));
        String path = browser.getCurrentUrl().replaceAll(".*/articles/", "").replaceAll("[?#].*", "");
        return Long.parseLong(path);
    }

    /** Selects a phrase in the article text the way a mouse drag would leave it: a DOM range over the text. */
    private void selectPhrase(String phrase) {
        script("""
                const body = document.getElementById('article-body');
                const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const node = walker.currentNode;
                  const at = node.data.indexOf(arguments[0]);
                  if (at >= 0 && !node.parentElement.closest('.sr-only, .claim-note')) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + arguments[0].length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    return;
                  }
                }
                throw new Error('phrase not in the article text');
                """, phrase);
    }

    private String attachFromSelection(String phrase, String speaker, String statement, String topic) {
        selectPhrase(phrase);
        browser.findElement(By.id("attach-selection")).click();
        assertThat(browser.findElement(By.id("quote-exact")).getAttribute("value")).isEqualTo(phrase);
        String start = browser.findElement(By.name("start")).getAttribute("value");
        assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("speaker");
        type("speaker-name", speaker);
        type("statement", statement);
        type("topic", topic);
        browser.findElement(By.cssSelector("#claim-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice[role=status]")));
        return start;
    }

    private WebElement card(long flagId) {
        return browser.findElement(By.id("flag-" + flagId));
    }

    private void waitForStatus(long flagId, String status) {
        waiting().ignoring(StaleElementReferenceException.class).until(driver -> card(flagId).findElement(By.cssSelector("h2 .status")).getText().equals(status));
    }

    @Test
    void editorAttachesConflictingClaimsRulesOnTheFlagAndCopiesTheCitation() throws IOException {
        String topic = "Harbour reopening " + UUID.randomUUID().toString().substring(0, 6);
        String body = "🚢 Ships waited offshore all week. The harbour reopened on Friday, the port captain said, "
                + "after the storm passed. Traders welcomed the news.";
        long first = addArticle("Harbour traffic resumes", body, "2023-05-13");
        Chromium.screenshot(browser, "01-reader-empty");

        String start = attachFromSelection("The harbour reopened on Friday,", "Port captain",
                "The harbour reopened on Friday.", topic);
        assertThat(Integer.parseInt(start)).isEqualTo(body.codePointCount(0, body.indexOf("The harbour")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("conflicts with no stored claim");
        assertThat(browser.findElements(By.cssSelector("#article-body mark.claim"))).hasSize(1);

        long second = addArticle("Harbour still shut", "Fishermen complained on Saturday. The harbour did not "
                + "reopen on Friday, a union official said, and boats stayed tied up.", "2023-05-14");
        attachFromSelection("The harbour did not reopen on Friday,", "Union official",
                "The harbour did not reopen on Friday.", topic);
        String notice = browser.findElement(By.cssSelector(".notice")).getText();
        assertThat(notice).contains("takes part in 1 conflict");
        assertThat((Boolean) script("const box = document.getElementById('added').getBoundingClientRect();"
                + "return box.top >= 0 && box.bottom <= window.innerHeight;")).as("the notice is in view").isTrue();
        Chromium.screenshot(browser, "02-reader-flag-raised");

        open("/articles");
        WebElement badge = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav-review .badge")));
        assertThat(Long.parseLong(badge.getText())).as("the navigation counts open flags").isPositive();
        WebElement search = browser.findElement(By.id("nav-q"));
        search.sendKeys("Union official");
        search.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/search?q="));
        assertThat(browser.findElement(By.id("claims-found")).getText()).isNotEqualTo("Claims (0)");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("The harbour did not reopen on Friday");

        open("/review?outlet=Journey%20Courier");
        List<WebElement> cards = waiting().until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("li.flag")));
        assertThat(cards).hasSize(1);
        long flagId = Long.parseLong(cards.get(0).getAttribute("id").substring("flag-".length()));
        assertThat(cards.get(0).getText()).contains("Port captain", "Union official", "Journey Courier");
        assertThat(browser.findElement(By.id("shortcut-help")).isDisplayed()).isTrue();
        Chromium.screenshot(browser, "03-review-queue");
        script("window.journeyMarker = 'same page';");

        Actions keys = new Actions(browser);
        keys.sendKeys("j").perform();
        assertThat(card(flagId).getAttribute("class")).contains("current");
        keys.sendKeys("k").perform();
        assertThat(card(flagId).getAttribute("class")).as("k stays on the first flag").contains("current");
        keys.sendKeys("d").perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("reason-" + flagId);
        keys.sendKeys("p").perform();
        assertThat(new Select(browser.findElement(By.id("reason-" + flagId))).getFirstSelectedOption().getText())
                .isEqualTo("paraphrase");
        keys.sendKeys(Keys.ENTER).perform();
        waitForStatus(flagId, "dismissed");
        assertThat(card(flagId).getText()).contains("dismissed by", "(paraphrase)");

        keys.sendKeys("o").perform();
        waitForStatus(flagId, "open");
        keys.sendKeys("r").perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("resolve-note-" + flagId);
        keys.sendKeys("Settled by phone with both desks").sendKeys(Keys.ENTER).perform();
        waitForStatus(flagId, "resolved");
        keys.sendKeys("o").perform();
        waitForStatus(flagId, "open");
        keys.sendKeys("c").perform();
        waitForStatus(flagId, "confirmed");
        assertThat(script("return window.journeyMarker;")).isEqualTo("same page");
        Chromium.screenshot(browser, "04-review-confirmed");

        open("/review/" + flagId);
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", root(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.findElement(By.cssSelector("button[data-copy=flag-citation]")).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector(".copy-status"), "Citation copied."));
        Object copied = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('failed: ' + e));");
        assertThat((String) copied).startsWith("Conflicting accounts").contains("Port captain", "Union official",
                "Harbour traffic resumes", "Harbour still shut");
        assertThat(browser.findElement(By.cssSelector("section.history")).getText()).contains("dismiss", "reopen",
                "resolve", "confirm");
        Chromium.screenshot(browser, "05-flag-page");

        open("/articles/" + first);
        assertThat(browser.findElement(By.cssSelector("#article-body mark.claim")).getAttribute("class"))
                .contains("state-confirmed");
        open("/review/" + flagId);
        browser.findElement(By.linkText(topic)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.conflict-lines line")));
        assertThat(browser.findElements(By.cssSelector("svg.conflict-lines line.conflict-line.confirmed"))).hasSize(1);
        Chromium.screenshot(browser, "06-topic-timeline");
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void mainPagesFitA360PixelScreen() throws IOException {
        long article = addArticle("Narrow screen check", "The council approved the budget on Tuesday, the mayor said.",
                "2023-06-01");
        var stored = io.claimtracker.support.Api.get("/api/articles/" + article).extract().jsonPath();
        io.claimtracker.support.Api.put("/api/articles/" + article, Map.of("title", stored.getString("title"),
                "outlet", stored.getString("outlet.name"), "body", "The council approved the budget on Wednesday, "
                        + "the mayor said.", "version", stored.getLong("version"))).statusCode(200);
        List<String> pages = List.of("/", "/articles", "/articles/" + article, "/articles/new", "/review", "/topics",
                "/speakers", "/account", "/admin", "/admin/users", "/login", "/imports",
                "/articles/" + article + "/suggestions");
        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            for (String page : pages) {
                open(page);
                long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as("horizontal overflow on %s", page).isLessThanOrEqualTo(0L);
                Number navHeight = (Number) script("return document.querySelector('nav[aria-label=Main]')"
                        + ".getBoundingClientRect().height;");
                assertThat(navHeight.doubleValue()).as("the navigation on %s takes at most three lines", page)
                        .isLessThan(110);
                Chromium.screenshot(browser, "360px" + (page.equals("/") ? "-home" : page.replace('/', '-')));
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
