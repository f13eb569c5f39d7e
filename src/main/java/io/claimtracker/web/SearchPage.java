package io.claimtracker.web;

import io.claimtracker.article.ArticleDtos.ArticleSummary;
import io.claimtracker.article.ArticleService;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.common.PageRequest;
import io.claimtracker.common.PageView;
import io.claimtracker.common.text.Texts;
import io.claimtracker.speaker.SpeakerDtos.SpeakerSummary;
import io.claimtracker.speaker.SpeakerService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The navigation's one search box: the first matching articles, claims and speakers, each with a link to all. */
@Path("/search")
public class SearchPage {

    private static final int SHOWN = 10;
    private static final int LONGEST_QUERY = 500;

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @Inject
    SpeakerService speakers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(String q, PageView<ArticleSummary> articles, PageView<ClaimView> claims,
                                               PageView<SpeakerSummary> speakers);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance search(@QueryParam("q") String q) {
        String words = Texts.clean(q);
        if (words != null && words.length() > LONGEST_QUERY) {
            words = words.substring(0, LONGEST_QUERY);
        }
        PageRequest first = PageRequest.of(0, SHOWN);
        if (words == null) {
            return Templates.results("", PageView.empty(first), PageView.empty(first), PageView.empty(first));
        }
        return Templates.results(words, articles.list(new ArticleService.Filter(words, null, null, null), first),
                claims.list(new ClaimService.Filter(null, null, null, words, null, null, null, null), first),
                speakers.list(words, first).map(SpeakerSummary::of));
    }
}
