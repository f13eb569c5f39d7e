package io.claimtracker.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

/** Proves in Chromium with JavaScript switched off that an editor can still attach a claim and rule on a flag. */
@QuarkusTest
class NoScriptBrowserTest extends ChromiumTest {

    @Override
    boolean javascript() {
        return false;
    }

    @Test
    void claimFormsAndRulingsWorkWithoutScripts() throws IOException {
        String topic = "Tunnel works " + UUID.randomUUID().toString().substring(0, 6);
        long articleId = article("Tunnel opening " + topic, "The tunnel opened to traffic today, engineers said. "
                + "Commuters were pleased.", "2023-07-03");
        long other = article("Tunnel delay " + topic, "The tunnel did not open to traffic today, drivers said.",
                "2023-07-03");
        long firstClaim = post("/api/articles/" + other + "/claims", Map.of("speaker", Map.of("name", "Drivers"),
                "quote", Map.of("exact", "The tunnel did not open to traffic today"),
                "statement", "The tunnel did not open to traffic today.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");

        open("/articles/" + articleId);
        assertThat(browser.findElement(By.id("attach-selection")).isDisplayed()).isFalse();
        browser.findElement(By.id("quote-exact")).sendKeys("The tunnel opened to traffic today");
        browser.findElement(By.id("speaker-name")).sendKeys("Engineers");
        browser.findElement(By.id("statement")).sendKeys("The tunnel opened to traffic today.");
        browser.findElement(By.id("topic")).sendKeys(topic);
        browser.findElement(By.cssSelector("#claim-form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("takes part in 1 conflict");
        Chromium.screenshot(browser, "noscript-reader");

        open("/claims/" + firstClaim);
        String flagLink = browser.findElement(By.cssSelector("a[href^='/claims/']:not([href='/claims/" + firstClaim + "'])"))
                .getAttribute("href");
        assertThat(flagLink).contains("/claims/");
        open("/review?outlet=Test%20Gazette&kind=polarity");
        var card = browser.findElements(By.cssSelector("li.flag")).stream()
                .filter(flag -> flag.getText().contains(topic)).findFirst().orElseThrow();
        String id = card.getAttribute("id");
        assertThat(browser.findElement(By.id("shortcut-help")).isDisplayed()).isFalse();
        card.findElement(By.cssSelector("button[value=CONFIRM]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.urlContains("#" + id));
        open("/review?status=CONFIRMED&outlet=Test%20Gazette");
        assertThat(browser.findElement(By.id(id)).getText()).contains("confirmed by");
    }
}
