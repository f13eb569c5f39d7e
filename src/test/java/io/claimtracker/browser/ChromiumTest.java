package io.claimtracker.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.net.URL;

/** What every browser test shares: one Chromium per test class, signed in as the suite's admin before each test. */
abstract class ChromiumTest {

    static ChromeDriver browser;

    @TestHTTPResource("/")
    URL base;

    /** Whether the browser runs JavaScript in this test class. */
    abstract boolean javascript();

    @BeforeEach
    void startAndSignIn() throws IOException {
        if (browser == null) {
            browser = Chromium.start(javascript());
        }
        Chromium.signIn(browser, root());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    String root() {
        return base.toString().replaceAll("/$", "");
    }

    void open(String path) {
        browser.get(root() + path);
    }

    /** How long a test waits for a page to change. */
    Duration patience() {
        return Duration.ofSeconds(10);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, patience());
    }

    Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
