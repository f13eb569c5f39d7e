package io.claimtracker.web;

import io.claimtracker.article.ArticleDtos.ArticleView;
import io.claimtracker.article.ArticleDtos.OutletView;
import io.claimtracker.claim.ClaimDtos.ClaimView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One article with its body and its claims in reading order, as the article API answers. */
public record ArticleWithClaims(long id, String url, String title, OutletView outlet, List<String> authors,
                                LocalDate publishedAt, String dateConfirmedBy, Instant dateConfirmedAt,
                                String language, String body, String contentHash, Instant createdAt, Instant updatedAt, long version, List<ClaimView> claims) {

    public static ArticleWithClaims of(ArticleView article, List<ClaimView> claims) {
        return new ArticleWithClaims(article.id(), article.url(), article.title(), article.outlet(), article.authors(),
                article.publishedAt(), article.dateConfirmedBy(), article.dateConfirmedAt(), article.language(), article.body(), article.contentHash(), article.createdAt(),
                article.updatedAt(), article.version(), claims);
    }
}
