package io.claimtracker.web;

import io.claimtracker.common.PageView;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Proves the home page lists articles and claims, escapes what editors typed, and explains empty lists. */
@QuarkusTest
class HomePageTest {

    @Test
    void listsRecentArticlesAndClaims() {
        String title = unique("Home page article");
        long id = article(title, "The minister said progress was slow.", "2016-09-18");
        post("/api/articles/" + id + "/claims", Map.of("speaker", Map.of("name", "Home Minister", "role", "minister"),
                "quote", Map.of("exact", "progress was slow"), "statement", "Progress is slow.")).statusCode(201);

        String page = get("/").statusCode(200).contentType("text/html").extract().asString();
        assertThat(page).contains(title, "18 Sep 2016", "1 claim", "Home Minister", "progress was slow");
    }

    @Test
    void escapesMarkupInEditorText() {
        String marker = unique("x");
        long id = article("<script>alert('" + marker + "')</script>", "<b>bold</b> claim {inject:bad}", null);
        post("/api/articles/" + id + "/claims", Map.of("speaker", Map.of("name", "<img src=x onerror=alert(1)>"),
                "quote", Map.of("exact", "<b>bold</b>"), "statement", "s")).statusCode(201);

        String page = get("/").statusCode(200).extract().asString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;" + marker, "&lt;b&gt;bold&lt;/b&gt;", "&lt;img src=x")
                .doesNotContain("<script>alert", "<b>bold</b>", "<img src=x");
    }

    @Test
    void anEmptyHomePageGuidesANewcomerThroughImportClaimAndReview() {
        PageView<io.claimtracker.article.ArticleDtos.ArticleSummary> noArticles = new PageView<>(List.of(), 0, 20, 0);
        PageView<io.claimtracker.claim.ClaimDtos.ClaimView> noClaims = new PageView<>(List.of(), 0, 20, 0);

        String page = HomePage.Templates.home(noArticles, noClaims).render();
        assertThat(page).contains("Getting started", "href=\"/imports\"", "attach a claim", "href=\"/review\"",
                "No articles yet", "No claims yet").doesNotContain("POST /api", "swagger");
    }
}
