package io.claimtracker.claim;

import io.claimtracker.article.ArticleDtos.ArticleChange;
import io.claimtracker.article.ArticleDtos.ArticleView;
import io.claimtracker.article.ArticleService;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.common.failure.StateConflictException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The use cases that correct or remove an article together with its claims. A corrected text re-anchors every
 * claim's quote (the change is refused, naming the claims, when a quote is no longer found exactly once); a
 * corrected date moves the claims that took the article's date; either way the claims' conflict checks run again
 * in the background, and flags an editor ruled on stay as they were.
 */
@ApplicationScoped
public class ArticleCorrection {

    private static final int LISTED = 20;
    private static final int REMOVE_ATTEMPTS = 4;

    @Inject
    ArticleService articles;

    @Inject
    DetectionQueue queue;

    @Inject
    ConflictHook conflicts;

    @Inject
    AuditLog audit;

    @Inject
    ClaimRecording recording;

    /** The corrected article and how many of its claims are being checked again. */
    public record Corrected(ArticleView article, int claimsRechecked) {
    }

    /** What deleting an article took with it. */
    public record Removed(long articleId, int claims) {
    }

    public Corrected correct(long articleId, ArticleChange change) {
        List<Long> recheck = new ArrayList<>();
        ArticleView corrected = QuarkusTransaction.requiringNew().call(() -> {
            ArticleService.Correction correction = articles.correct(articleId, change);
            List<Claim> claims = Claim.<Claim>find("article.id", articleId).list();
            if (correction.bodyChanged()) {
                reanchor(claims, correction.before().body(), correction.after().body());
            }
            if (correction.dateChanged()) {
                redate(claims, correction.before().publishedAt(), correction.after().publishedAt());
            }
            if (correction.bodyChanged() || correction.dateChanged()) {
                for (Claim claim : claims) {
                    queue.enqueue(claim.id);
                    recheck.add(claim.id);
                }
            }
            return correction.after();
        });
        recording.recheckInBackground("Conflict checks of article " + articleId, recheck);
        return new Corrected(corrected, recheck.size());
    }

    /**
     * Deletes an article and its claims with their open flags; refused while any of those flags was ruled on. Run
     * again when the database breaks a deadlock with a check still storing flags of those claims.
     */
    public Removed remove(long articleId) {
        return io.claimtracker.common.LockConflict.retried(REMOVE_ATTEMPTS,
                () -> QuarkusTransaction.requiringNew().call(() -> removeNow(articleId)));
    }

    private Removed removeNow(long articleId) {
        articles.get(articleId);
        List<Claim> claims = Claim.<Claim>find("article.id", articleId).list();
        for (Claim claim : claims) {
            try {
                conflicts.claimDeleting(claim.id);
            } catch (StateConflictException e) {
                throw new StateConflictException("Article has reviewed conflicts", "Claim #" + claim.id
                        + " of this article takes part in conflict flags an editor has ruled on; rulings are kept "
                        + "as evidence, so the article cannot be deleted. Correct it instead.", null,
                        Map.of("claim", claim.id));
            }
            audit.record(AuditedEntity.CLAIM, claim.id, AuditLog.DELETED, claim.auditState().asMap(), null);
            claim.delete();
        }
        Claim.flush();
        articles.delete(articleId);
        return new Removed(articleId, claims.size());
    }

    /**
     * Finds each claim's quote in the corrected text: where the quote lies outside the stretch the correction
     * changed, at its old place moved by the change in length; otherwise by its words and context.
     */
    private void reanchor(List<Claim> claims, String oldBody, String body) {
        QuoteAnchor anchor = new QuoteAnchor(body);
        int[] was = oldBody.codePoints().toArray();
        int[] now = body.codePoints().toArray();
        int same = 0;
        while (same < was.length && same < now.length && was[same] == now[same]) {
            same++;
        }
        int sameAtEnd = 0;
        while (sameAtEnd < was.length - same && sameAtEnd < now.length - same
                && was[was.length - 1 - sameAtEnd] == now[now.length - 1 - sameAtEnd]) {
            sameAtEnd++;
        }
        int shift = now.length - was.length;
        List<Claim> lost = new ArrayList<>();
        for (Claim claim : claims) {
            QuoteAnchor.Result found = new QuoteAnchor.NotFound();
            if (claim.quoteEnd <= same) {
                found = anchor.anchor(new QuoteRequest(claim.quoteExact, null, null, claim.quoteStart, claim.quoteEnd));
            } else if (claim.quoteStart >= was.length - sameAtEnd) {
                found = anchor.anchor(new QuoteRequest(claim.quoteExact, null, null, claim.quoteStart + shift,
                        claim.quoteEnd + shift));
            }
            if (!(found instanceof QuoteAnchor.Anchored)) {
                found = anchor.anchor(new QuoteRequest(claim.quoteExact, claim.quotePrefix, claim.quoteSuffix,
                        null, null));
            }
            if (!(found instanceof QuoteAnchor.Anchored)) {
                found = anchor.anchor(new QuoteRequest(claim.quoteExact, null, null, null, null));
            }
            if (found instanceof QuoteAnchor.Anchored anchored) {
                QuoteSelector selector = anchored.selector();
                if (selector.start() != claim.quoteStart || selector.end() != claim.quoteEnd
                        || !selector.prefix().equals(claim.quotePrefix) || !selector.suffix().equals(claim.quoteSuffix)) {
                    Map<String, Object> before = claim.auditState().asMap();
                    claim.anchorTo(selector);
                    claim.flush();
                    audit.record(AuditedEntity.CLAIM, claim.id, AuditLog.UPDATED, before, claim.auditState().asMap());
                }
            } else {
                lost.add(claim);
            }
        }
        if (!lost.isEmpty()) {
            Map<String, Object> listed = new LinkedHashMap<>();
            lost.stream().limit(LISTED).forEach(claim -> listed.put(String.valueOf(claim.id), claim.quoteExact));
            throw new StateConflictException("Quotes no longer in the text", lost.size() + " claim(s) quote words the "
                    + "corrected text no longer holds exactly once: " + lost.stream().limit(LISTED)
                    .map(claim -> "#" + claim.id + " \"" + shorten(claim.quoteExact) + "\"")
                    .collect(Collectors.joining(", ")) + ". Fix or delete those claims, or keep their words in the "
                    + "text, then save the correction again. Nothing was changed.", "body", Map.of("claims", listed));
        }
    }

    private void redate(List<Claim> claims, LocalDate before, LocalDate after) {
        for (Claim claim : claims) {
            if (claim.saidOn == null || Objects.equals(claim.saidOn, before)) {
                Map<String, Object> was = claim.auditState().asMap();
                claim.saidOn = after;
                claim.flush();
                audit.record(AuditedEntity.CLAIM, claim.id, AuditLog.UPDATED, was, claim.auditState().asMap());
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
