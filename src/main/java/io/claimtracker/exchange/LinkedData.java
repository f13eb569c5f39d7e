package io.claimtracker.exchange;

import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.claim.ConflictHook.RaisedFlag;
import io.claimtracker.conflict.ConflictDtos.ConflictView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes claims as schema.org {@code Claim} JSON-LD, ruled conflicts as {@code ClaimReview}, and carries the
 * conflict links in Claim Tracker's own terms (prefix {@code ct:}, documented in docs/exports.md).
 */
public final class LinkedData {

    public static final String MEDIA_TYPE = "application/ld+json";
    static final String SCHEMA = "https://schema.org/";

    private LinkedData() {
    }

    /** The JSON-LD context: schema.org as the vocabulary plus the {@code ct:} terms under the service's address. */
    static List<Object> context(String base) {
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("ct", base + "ns/conflicts#");
        own.put("conflictsWith", Map.of("@id", "ct:conflictsWith"));
        own.put("otherClaim", Map.of("@id", "ct:otherClaim", "@type", "@id"));
        own.put("conflictKind", "ct:kind");
        own.put("conflictStatus", "ct:status");
        own.put("conflictScore", "ct:score");
        own.put("explanation", "ct:explanation");
        own.put("reversal", "ct:reversal");
        return List.of(SCHEMA, own);
    }

    static String claimId(String base, long id) {
        return base + "claims/" + id;
    }

    /** One claim as a schema.org Claim node, with the article it appears in and its conflict links. */
    static Map<String, Object> claim(ClaimView claim, List<String> authors, List<RaisedFlag> flags, String base) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", "Claim");
        node.put("@id", claimId(base, claim.id()));
        node.put("text", claim.quote().exact());
        node.put("abstract", claim.statement());
        Map<String, Object> speaker = new LinkedHashMap<>();
        speaker.put("@type", "Person");
        speaker.put("name", claim.speaker().name());
        if (claim.speakerRole() != null) {
            speaker.put("jobTitle", claim.speakerRole());
        }
        if (claim.speaker().affiliation() != null) {
            speaker.put("affiliation", Map.of("@type", "Organization", "name", claim.speaker().affiliation()));
        }
        node.put("author", speaker);
        if (claim.saidOn() != null) {
            node.put("dateCreated", claim.saidOn().toString());
        }
        if (claim.topic() != null) {
            node.put("about", Map.of("@type", "Thing", "name", claim.topic().name()));
        }
        node.put("appearance", appearance(claim, authors, base));
        node.put("firstAppearance", Map.of("@id", appearanceId(claim, base)));
        List<Map<String, Object>> links = new ArrayList<>();
        for (RaisedFlag flag : flags) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("otherClaim", claimId(base, flag.otherClaimId()));
            link.put("conflictKind", flag.kind());
            link.put("conflictStatus", flag.status());
            link.put("conflictScore", flag.score());
            link.put("explanation", flag.explanation());
            link.put("reversal", flag.reversal());
            links.add(link);
        }
        node.put("conflictsWith", links);
        return node;
    }

    private static String appearanceId(ClaimView claim, String base) {
        return claim.article().url() != null ? claim.article().url() : base + "articles/" + claim.article().id();
    }

    private static Map<String, Object> appearance(ClaimView claim, List<String> authors, String base) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "NewsArticle");
        article.put("@id", appearanceId(claim, base));
        article.put("url", appearanceId(claim, base));
        article.put("headline", claim.article().title());
        if (claim.article().publishedAt() != null) {
            article.put("datePublished", claim.article().publishedAt().toString());
        }
        article.put("publisher", Map.of("@type", "Organization", "name", claim.article().outlet()));
        if (!authors.isEmpty()) {
            article.put("author", authors.stream().map(name -> Map.of("@type", "Person", "name", name)).toList());
        }
        return article;
    }

    /** A reviewer's confirmation of a conflict as a schema.org ClaimReview of its first claim. */
    static Map<String, Object> review(ConflictView flag, String base) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@type", "ClaimReview");
        review.put("@id", base + "review/" + flag.id());
        review.put("itemReviewed", Map.of("@id", claimId(base, flag.a().id())));
        review.put("claimReviewed", flag.a().statement());
        review.put("reviewBody", flag.explanation() + (flag.decisionNote() == null ? "" : " " + flag.decisionNote()));
        review.put("reviewRating", Map.of("@type", "Rating", "alternateName",
                "Contradicted by " + flag.b().speaker().name() + " (claim " + flag.b().id() + ")"));
        if (flag.decidedBy() != null) {
            review.put("author", Map.of("@type", "Person", "name", flag.decidedBy()));
        }
        if (flag.decidedAt() != null) {
            review.put("datePublished", flag.decidedAt().toString());
        }
        review.put("conflictsWith", Map.of("otherClaim", claimId(base, flag.b().id()),
                "conflictKind", flag.kind().name(), "conflictStatus", flag.status().name().toLowerCase(java.util.Locale.ROOT)));
        return review;
    }

    static Map<String, Object> document(String base, Object graphOrNode) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", context(base));
        if (graphOrNode instanceof List<?> graph) {
            document.put("@graph", graph);
        } else {
            @SuppressWarnings("unchecked")
            Map<String, Object> node = (Map<String, Object>) graphOrNode;
            document.putAll(node);
        }
        return document;
    }
}
