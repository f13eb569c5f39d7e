package io.claimtracker.suggest;

import io.claimtracker.claim.ClaimService;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.article.ArticleDtos.ArticleView;
import io.claimtracker.article.ArticleService;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Suggested claims of an article: what the finder proposes, less what editors rejected or already attached. */
@ApplicationScoped
public class SuggestionService {

    @Inject
    ArticleService articles;

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClaimService claims;

    @Transactional
    public List<Suggestion> forArticle(long articleId) {
        ArticleView article = articles.get(articleId);
        List<ClaimView> attached = claims.ofArticle(articleId);
        Set<String> rejected = new HashSet<>();
        for (Object row : entityManager.createNativeQuery("SELECT quote_start, quote_end FROM suggestion_rejection "
                + "WHERE article_id = ?1").setParameter(1, articleId).getResultList()) {
            Object[] columns = (Object[]) row;
            rejected.add(columns[0] + "-" + columns[1]);
        }
        return QuoteFinder.find(article.body()).stream()
                .filter(suggestion -> !rejected.contains(suggestion.start() + "-" + suggestion.end()))
                .filter(suggestion -> attached.stream().noneMatch(claim -> overlaps(claim, suggestion)))
                .toList();
    }

    /** Records that an editor does not want this suggestion; it is not offered again. */
    @Transactional
    public void reject(long articleId, int start, int end) {
        boolean offered = forArticle(articleId).stream()
                .anyMatch(suggestion -> suggestion.start() == start && suggestion.end() == end);
        if (!offered) {
            throw new RecordNotFoundException("No such suggestion", "Article #" + articleId
                    + " has no open suggestion at " + start + "–" + end + ". List them with GET /api/articles/"
                    + articleId + "/suggestions.");
        }
        entityManager.createNativeQuery("INSERT INTO suggestion_rejection (article_id, quote_start, quote_end, "
                        + "rejected_by, rejected_at) VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE rejected_by = rejected_by")
                .setParameter(1, articleId).setParameter(2, start).setParameter(3, end)
                .setParameter(4, currentUser.name()).setParameter(5, Timestamps.now()).executeUpdate();
    }

    private static boolean overlaps(ClaimView claim, Suggestion suggestion) {
        return claim.quote().start() < suggestion.end() && suggestion.start() < claim.quote().end();
    }
}
