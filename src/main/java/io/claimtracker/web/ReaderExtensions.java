package io.claimtracker.web;

import io.claimtracker.claim.ReviewState;
import io.quarkus.qute.TemplateExtension;

import java.util.List;

/** Display logic of the article reader, called as {@code reader:strongest(...)}. */
@TemplateExtension(namespace = "reader")
public final class ReaderExtensions {

    private ReaderExtensions() {
    }

    /** The most pressing conflict state among the claims covering a stretch of text. */
    static ReviewState strongest(List<ArticlePages.ReaderClaim> claims) {
        return claims.stream().map(ArticlePages.ReaderClaim::state).reduce(ReviewState.NONE, ReviewState::stronger);
    }

    /** Words for a claim's conflict state, so colour is never the only signal. */
    static String label(ReviewState state) {
        return switch (state) {
            case OPEN -> "open conflict";
            case CONFIRMED -> "confirmed conflict";
            case SETTLED -> "conflict settled";
            case NONE -> "no conflict";
        };
    }
}
