package io.claimtracker.browser;

import io.claimtracker.support.LongArticles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves in headless Chromium that a claim's flags appear on its claim page and in the article page's notice the
 * moment its check is stored, without a reload: while the claim waits in the detection queue the pages say its check
 * runs and look again by themselves; and that a ruling made in the queue counts in the navigation at once.
 */
@QuarkusTest
class FlagsInTimeBrowserTest extends ChromiumTest {

    @Inject
    EntityManager entityManager;

    @Override
    boolean javascript() {
        return true;
    }

    @Test
    void flagsAppearOnTheClaimAndArticlePagesWhenTheCheckIsStored() {
        String topic = unique("Reservoir");
        String body = LongArticles.body(3000) + "\n\nThe reservoir holds 80 million cubic metres, the utility said. "
                + "The reservoir holds 35 million cubic metres, the inspector said.";
        long articleId = article(unique("Reservoir levels"), body, "2019-05-02");
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", unique("Utility")),
                "quote", Map.of("exact", "The reservoir holds 80 million cubic metres"), "statement",
                "The reservoir holds 80 million cubic metres.", "topic", topic)).statusCode(201);
        long claim = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name",
                unique("Inspector")), "quote", Map.of("exact", "The reservoir holds 35 million cubic metres"),
                "statement", "The reservoir holds 35 million cubic metres.", "topic", topic)).statusCode(201)
                .extract().jsonPath().getLong("id");

        queued(claim, true);
        open("/claims/" + claim);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("conflicts"), "still running"));
        script("window.samePage = true;");
        queued(claim, false);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("conflicts"), "Conflicts (1)"));
        assertThat(script("return window.samePage === true;")).as("shown without a reload").isEqualTo(true);

        queued(claim, true);
        open("/articles/" + articleId + "?added=" + claim);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("added"), "still running"));
        script("window.samePage = true;");
        queued(claim, false);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("added"), "takes part in 1 conflict"));
        assertThat(script("return window.samePage === true;")).as("shown without a reload").isEqualTo(true);
    }

    @Test
    void aRulingInTheQueueCountsInTheNavigationAtOnce() {
        String topic = unique("Lake");
        String body = LongArticles.body(3000) + "\n\nThe lake holds 80 million cubic metres, the utility said. "
                + "The lake holds 35 million cubic metres, the inspector said.";
        long articleId = article(unique("Lake levels"), body, "2019-06-02");
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", unique("Utility")),
                "quote", Map.of("exact", "The lake holds 80 million cubic metres"), "statement",
                "The lake holds 80 million cubic metres.", "topic", topic)).statusCode(201);
        long flag = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name",
                unique("Inspector")), "quote", Map.of("exact", "The lake holds 35 million cubic metres"),
                "statement", "The lake holds 35 million cubic metres.", "topic", topic)).statusCode(201)
                .extract().jsonPath().getLong("conflicts[0].id");

        open("/review/" + flag);
        String before = waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            String text = driver.findElement(By.id("nav-review")).getText();
            return text.matches(".*\\d+.*") ? text : null;
        });
        int open = Integer.parseInt(before.replaceAll("\\D+", ""));
        script("window.samePage = true;");
        browser.findElement(By.cssSelector("#flag-" + flag + " button[value=CONFIRM]")).click();

        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            String text = driver.findElement(By.id("nav-review")).getText().replaceAll("\\D+", "");
            return text.equals(open - 1 == 0 ? "" : String.valueOf(open - 1));
        });
        assertThat(script("return window.samePage === true;")).as("counted without a reload").isEqualTo(true);
    }

    private void queued(long claimId, boolean waiting) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (waiting) {
                entityManager.createNativeQuery("INSERT INTO detection_queue (claim_id, queued_at) VALUES (?1, ?2)")
                        .setParameter(1, claimId).setParameter(2, Instant.now().plus(1, ChronoUnit.HOURS))
                        .executeUpdate();
            } else {
                entityManager.createNativeQuery("DELETE FROM detection_queue WHERE claim_id = ?1")
                        .setParameter(1, claimId).executeUpdate();
            }
        });
    }
}
