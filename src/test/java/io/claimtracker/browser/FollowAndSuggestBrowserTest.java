package io.claimtracker.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follows flags and attaches a suggestion in headless Chromium: the review queue and the navigation learn of a
 * flag raised elsewhere without a reload; the personal Atom feed address from the account page is fetched without
 * the session and parses as Atom naming both speakers; and a suggested quotation is attached with its speaker as
 * found, after which it leaves the suggestions and is marked in the article.
 */
@QuarkusTest
class FollowAndSuggestBrowserTest extends ChromiumTest {

    @Override
    boolean javascript() {
        return true;
    }

    @Override
    Duration patience() {
        return Duration.ofSeconds(75);
    }

    private void raiseFlag(String topic, String first, String second) {
        long one = article(unique("Ferry timetable"), "The ferry to the island resumed on Monday, " + first
                + " said.", "2024-03-05");
        long two = article(unique("Ferry still idle"), "The ferry to the island did not resume on Monday, " + second
                + " said.", "2024-03-06");
        post("/api/articles/" + one + "/claims", Map.of("speaker", Map.of("name", first, "newSpeaker", true),
                "quote", Map.of("exact", "The ferry to the island resumed on Monday"),
                "statement", "The ferry to the island resumed on Monday.", "topic", topic)).statusCode(201);
        post("/api/articles/" + two + "/claims", Map.of("speaker", Map.of("name", second, "newSpeaker", true),
                "quote", Map.of("exact", "The ferry to the island did not resume on Monday"),
                "statement", "The ferry to the island did not resume on Monday.", "topic", topic))
                .statusCode(201);
    }

    @Test
    void theQueueAndTheNavigationLearnOfANewFlagWithoutAReload() throws IOException {
        open("/review");
        script("window.followMarker = 'same page';");
        String before = waiting().ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("nav-review")).getText());
        raiseFlag(unique("Ferry service"), "Harbour master Ilse Brønd", "Skipper Joaquín Peña");

        WebElement arrived = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#arrivals .notice")));
        assertThat(arrived.getText()).contains("new flag", "since you opened the queue");
        waiting().ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id("nav-review")).getText().equals(before));
        assertThat(script("return window.followMarker;")).as("no reload happened").isEqualTo("same page");
        Chromium.screenshot(browser, "follow-01-arrivals");
    }

    @Test
    void theFeedAddressFromTheAccountPageServesAtomNamingBothSpeakers() throws IOException {
        String topic = unique("Ferry feed");
        raiseFlag(topic, "Port warden Åsa Lind", "Deckhand Tomás Ruiz");
        open("/account");
        browser.findElement(By.xpath("//section[@id='feeds']//button[normalize-space()='Create my feed address' "
                + "or normalize-space()='Replace it with a new one']")).click();
        String address = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("feed-all"))).getText();
        assertThat(address).contains("/feeds/flags.atom?token=");
        Chromium.screenshot(browser, "follow-02-feed-address");

        @SuppressWarnings("unchecked")
        Map<String, Object> feed = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'omit'}).then(async response => {
                  const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
                  const atom = 'http://www.w3.org/2005/Atom';
                  done({
                    status: response.status,
                    type: response.headers.get('Content-Type'),
                    errors: xml.getElementsByTagName('parsererror').length,
                    root: xml.documentElement.namespaceURI + ' ' + xml.documentElement.localName,
                    titles: Array.from(xml.getElementsByTagNameNS(atom, 'entry'))
                        .map(entry => entry.getElementsByTagNameNS(atom, 'title')[0].textContent)
                  });
                }, failure => done({status: -1, errors: 1, titles: [], root: String(failure)}));
                """, address);
        assertThat(feed.get("status")).isEqualTo(200L);
        assertThat((String) feed.get("type")).startsWith("application/atom+xml");
        assertThat(feed.get("errors")).isEqualTo(0L);
        assertThat(feed.get("root")).isEqualTo("http://www.w3.org/2005/Atom feed");
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) feed.get("titles");
        assertThat(titles).anySatisfy(title -> assertThat(title).contains("Åsa Lind", "Tomás Ruiz"));
    }

    @Test
    void aSuggestedQuotationIsAttachedWithTheSpeakerFound() throws IOException {
        String body = "Ráðhús officials met on Tuesday. \"The new bridge will open to cyclists in March,\" said "
                + "Marta Kowalczyk, the city engineer. Residents were not convinced.";
        long id = article(unique("Bridge plans"), body, "2024-02-20");
        open("/articles/" + id + "/suggestions");
        WebElement suggestion = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.flag")));
        assertThat(suggestion.findElement(By.tagName("blockquote")).getText())
                .contains("The new bridge will open to cyclists in March");
        String speaker = suggestion.findElement(By.cssSelector("input[name=speaker]")).getAttribute("value");
        assertThat(speaker).isEqualTo("Marta Kowalczyk");
        String statement = suggestion.findElement(By.cssSelector("textarea[name=statement]")).getAttribute("value");
        assertThat(statement).isNotBlank();
        suggestion.findElement(By.cssSelector("input[name=topic]")).sendKeys(unique("Bridge opening"));
        Chromium.screenshot(browser, "follow-03-suggestion");
        suggestion.findElement(By.cssSelector("button[type=submit]")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice[role=status]")));
        assertThat(browser.findElements(By.cssSelector("#article-body mark.claim"))).hasSize(1);
        assertThat(browser.findElement(By.id("article-body")).getText()).contains("The new bridge will open");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Marta Kowalczyk");

        open("/articles/" + id + "/suggestions");
        assertThat(browser.findElements(By.cssSelector("li.flag blockquote")))
                .noneSatisfy(quote -> assertThat(quote.getText()).contains("The new bridge will open"));
    }
}
