package io.claimtracker.browser;

import io.claimtracker.support.LongArticles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves in headless Chromium, on an article of 20,000 characters (about 3,000 words, non-ASCII included), that a
 * question the attach form asks (is this speaker already on record?) or an error it finds is shown where the editor
 * is looking, with focus on it, that what was typed is kept, and that answering the question at the top saves the
 * claim with the chosen speaker.
 */
@QuarkusTest
class FormQuestionsBrowserTest extends ChromiumTest {

    @Override
    boolean javascript() {
        return true;
    }

    @Test
    void theSpeakerQuestionIsAskedInViewWithFocusAndAnsweredThere() {
        String surname = "Qvist" + unique("").replaceAll("\\W", "").substring(0, 6);
        String body = LongArticles.body(20_000) + "\n\nThe ferry will run twice a day from May, the harbour master said. "
                + "Łódź will host the shipping fair, organisers said.";
        long articleId = article(unique("Ferry timetable"), body, "2019-04-02");
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", "Ingrid " + surname),
                "quote", Map.of("exact", "Łódź will host the shipping fair"), "statement",
                "Łódź will host the shipping fair.")).statusCode(201);

        open("/articles/" + articleId);
        type("quote-exact", "The ferry will run twice a day from May");
        type("speaker-name", surname);
        type("statement", "The ferry will run twice a day from May.");
        browser.findElement(By.cssSelector("#claim-form button[type=submit]")).click();

        WebElement question = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("speaker-question")));
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("name")).isEqualTo("speakerChoice");
        assertThat(question.getText()).contains("Ingrid " + surname);
        assertThat(inView(focused)).as("the question is where the editor looks").isTrue();
        assertThat(browser.findElement(By.id("statement")).getAttribute("value"))
                .isEqualTo("The ferry will run twice a day from May.");

        question.findElement(By.cssSelector("button[type=submit]")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("added")));
        assertThat(browser.findElement(By.id("claims-heading")).getText()).contains("(2)");
        assertThat(browser.findElements(By.linkText("Ingrid " + surname))).hasSize(2);
    }

    @Test
    void formErrorsAreListedAtTheTopWithFocusAndWhatWasTypedIsKept() {
        long articleId = article(unique("Ferry fares"), LongArticles.body(20_000)
                + "\n\nFares rise by a tenth, the operator said.", "2019-04-02");

        open("/articles/" + articleId);
        type("quote-exact", "words that are not in the article at all");
        type("speaker-name", "Operator " + unique(""));
        type("statement", "Fares rise by a tenth.");
        browser.findElement(By.cssSelector("#claim-form button[type=submit]")).click();

        WebElement problems = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-problems")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("claim-problems");
        assertThat(inView(problems)).isTrue();
        assertThat(problems.findElements(By.cssSelector("li a"))).isNotEmpty();
        assertThat(browser.findElement(By.id("quote-exact")).getAttribute("value"))
                .isEqualTo("words that are not in the article at all");
        assertThat(browser.findElement(By.id("statement")).getAttribute("value")).isEqualTo("Fares rise by a tenth.");
    }

    private boolean inView(WebElement element) {
        return (Boolean) script("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight;", element);
    }
}
