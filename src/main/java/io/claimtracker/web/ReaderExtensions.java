package io.claimtracker.web;

import io.claimtracker.claim.ConflictHook;
import io.quarkus.qute.TemplateExtension;

import java.util.List;

/** Display logic of the article reader, called as {@code reader:strongest(...)}. */
@TemplateExtension(namespace = "reader")
public final class ReaderExtensions {

    private ReaderExtensions() {
    }

    /** The most pressing conflict state among the claims covering a stretch of text. */
    static String strongest(List<ArticlePages.ReaderClaim> claims) {
        return claims.stream().map(ArticlePages.ReaderClaim::state).reduce("none", ConflictHook::stronger);
    }
}
