package io.claimtracker.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the second tier in headless Chromium: the claim page lists a claim worth a look with its reason; an editor
 * raises it to a flag with the keyboard alone and the flag opens in the queue; the tier, and a dispute of several
 * flags grouped in the queue, fit a 360-pixel screen and a 1280-pixel window at 200 % zoom (640 CSS pixels) without
 * sideways scrolling.
 */
@QuarkusTest
class WorthALookBrowserTest extends ChromiumTest {

    @Override
    boolean javascript() {
        return true;
    }

    private long[] paraphrases() {
        String topic = unique("Night ferry");
        long articleId = article(unique("Night crossings"), "The ferry company will add two night crossings to the "
                + "island route from next spring. Two extra night sailings to the island are planned for next spring.",
                "2016-03-02");
        long first = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", unique("Operator")),
                "quote", Map.of("exact", "The ferry company will add two night crossings to the island route from next "
                        + "spring"), "statement", "The ferry company will add two night crossings to the island route "
                        + "from next spring.", "topic", topic)).statusCode(201).extract().jsonPath().getLong("id");
        long second = post("/api/articles/" + articleId + "/claims", Map.of("speaker",
                Map.of("name", unique("Harbour master")), "quote", Map.of("exact", "Two extra night sailings to the "
                        + "island are planned for next spring"), "statement", "Two extra night sailings to the island "
                        + "are planned for next spring.", "topic", topic)).statusCode(201).extract().jsonPath()
                .getLong("id");
        return new long[] {first, second};
    }

    @Test
    void anEditorRaisesAClaimWorthALookToAFlagWithTheKeyboard() throws IOException {
        long[] claims = paraphrases();
        open("/claims/" + claims[1]);
        WebElement item = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#worth-a-look-" + claims[1] + " ul.worth-a-look li")));
        assertThat(item.getText()).contains("close in meaning").contains("% alike)")
                .contains("The ferry company will add two night crossings");
        script("document.getElementById('worth-a-look-' + arguments[0]).scrollIntoView();", claims[1]);
        Chromium.screenshot(browser, "worth-a-look-claim");

        WebElement raise = item.findElement(By.xpath(".//button[normalize-space()='Raise to a flag']"));
        script("arguments[0].focus();", raise);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement notice = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#worth-a-look-" + claims[1] + " p.notice")));
        assertThat(notice.getText()).startsWith("Raised to flag #").contains("review queue");
        assertThat(browser.findElements(By.cssSelector("#worth-a-look-" + claims[1] + " ul.worth-a-look li")))
                .isEmpty();
        long flagId = Long.parseLong(notice.getText().replaceAll("^Raised to flag #(\\d+).*$", "$1"));
        assertThat(get("/api/conflicts/" + flagId).extract().jsonPath().getString("status")).isEqualTo("OPEN");
        Chromium.screenshot(browser, "worth-a-look-raised");

        open("/review/" + flagId);
        List<String> loaded = List.of("No other claim needs a second look beside this one.",
                "Not flags: claims by other speakers that may conflict with this one, or that wait for a date. "
                        + "Raise one to the review queue, or wave it off.");
        for (long claim : claims) {
            By beside = By.cssSelector("#worth-a-look-items-" + claim + " p");
            String text = waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
                String shown = driver.findElement(beside).getText();
                return loaded.contains(shown) ? shown : null;
            });
            assertThat(text).as("the tier beside each claim of the flag has loaded").isIn(loaded);
        }
    }

    @Test
    void theTierFitsANarrowScreenAndDoubleZoom() throws IOException {
        long[] claims = paraphrases();
        try {
            for (Dimension size : new Dimension[] {new Dimension(360, 800), new Dimension(640, 450)}) {
                browser.manage().window().setSize(size);
                open("/claims/" + claims[0]);
                waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#worth-a-look-" + claims[0] + " ul.worth-a-look li")));
                long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as("horizontal overflow at %s", size).isLessThanOrEqualTo(0L);
                script("document.getElementById('worth-a-look-' + arguments[0]).scrollIntoView();", claims[0]);
                Chromium.screenshot(browser, "worth-a-look-" + size.width + "px");
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aGroupedDisputeInTheQueueFitsANarrowScreenAndDoubleZoom() throws IOException {
        String topic = unique("Quarry blast");
        String foreman = unique("Foreman");
        String union = unique("Union");
        long first = article(unique("Foreman account"), "14 workers were hurt in the blast. The blast struck on "
                + "Monday.", "2021-05-04");
        long second = article(unique("Union account"), "19 workers were hurt in the blast. The blast struck on "
                + "Tuesday.", "2021-05-04");
        for (String[] claim : new String[][] {{"" + first, foreman, "14 workers were hurt in the blast"},
                {"" + first, foreman, "The blast struck on Monday"}, {"" + second, union, "19 workers were hurt in the "
                + "blast"}, {"" + second, union, "The blast struck on Tuesday"}}) {
            post("/api/articles/" + claim[0] + "/claims", Map.of("speaker", Map.of("name", claim[1]), "quote",
                    Map.of("exact", claim[2]), "statement", claim[2] + ".", "topic", topic)).statusCode(201);
        }
        long topicId = get("/api/topics?q=" + topic).extract().jsonPath().getLong("items[0].id");
        try {
            for (Dimension size : new Dimension[] {new Dimension(360, 800), new Dimension(640, 450)}) {
                browser.manage().window().setSize(size);
                open("/review?status=OPEN&topic=" + topicId);
                WebElement dispute = waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("ol.flags li.dispute")));
                assertThat(dispute.findElement(By.cssSelector(".dispute-head")).getText()).startsWith("One dispute, 2 flags");
                assertThat(dispute.findElements(By.cssSelector("li.flag"))).hasSize(2);
                long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as("horizontal overflow at %s", size).isLessThanOrEqualTo(0L);
                Chromium.screenshot(browser, "dispute-" + size.width + "px");
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aReviewCardOpensTheTierBesideItsTwoClaimsWithTheKeyboard() throws IOException {
        long[] claims = paraphrases();
        long articleId = get("/api/claims/" + claims[0]).extract().jsonPath().getLong("article.id");
        String topic = get("/api/claims/" + claims[0]).extract().jsonPath().getString("topic.name");
        long other = article(unique("Ferry doubt"), "The ferry company will not add night crossings to the island "
                + "route next spring.", "2016-03-02");
        long flagId = post("/api/articles/" + other + "/claims", Map.of("speaker", Map.of("name", unique("Union")),
                "quote", Map.of("exact", "The ferry company will not add night crossings to the island route next "
                        + "spring"), "statement", "The ferry company will not add night crossings to the island route "
                        + "next spring.", "topic", topic)).statusCode(201).extract().jsonPath()
                .getLong("conflicts.find { it.otherClaimId == " + claims[0] + " }.id");
        assertThat(articleId).isPositive();
        long topicId = get("/api/claims/" + claims[0]).extract().jsonPath().getLong("topic.id");

        open("/review?status=OPEN&topic=" + topicId);
        WebElement summary = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#beside-" + flagId + " summary")));
        script("arguments[0].focus();", summary);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement beside = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#beside-" + flagId + " ul.worth-a-look li")));
        assertThat(beside.getText()).contains("close in meaning").contains("Raise to a flag");
        Chromium.screenshot(browser, "worth-a-look-review-card");
    }
}
