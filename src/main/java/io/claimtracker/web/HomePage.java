package io.claimtracker.web;

import io.claimtracker.common.PageRequest;
import io.claimtracker.article.ArticleDtos.ArticleSummary;
import io.claimtracker.article.ArticleService;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.common.PageView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home page: the most recent articles and claims, so the service is visible in a browser. */
@Path("/")
public class HomePage {

    private static final int SHOWN = 20;

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageView<ArticleSummary> articles, PageView<ClaimView> claims);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home(
                articles.list(new ArticleService.Filter(null, null, null, null), PageRequest.of(0, SHOWN)),
                claims.list(new ClaimService.Filter(null, null, null), PageRequest.of(0, SHOWN)));
    }
}
