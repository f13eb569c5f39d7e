package io.claimtracker.exchange;

import io.claimtracker.claim.ClaimDtos.ClaimView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes claims as W3C Web Annotations: the statement and speaker as bodies, the quote as the target's selectors. */
public final class Annotations {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    public static final String MEDIA_TYPE = "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"";
    static final String SPEAKER_PURPOSE = "identifying";
    static final String STATEMENT_PURPOSE = "describing";
    static final String TOPIC_PURPOSE = "tagging";

    private Annotations() {
    }

    static String source(ClaimView claim, String base) {
        return claim.article().url() != null ? claim.article().url() : base + "articles/" + claim.article().id();
    }

    static Map<String, Object> annotation(ClaimView claim, String base, boolean withContext) {
        Map<String, Object> annotation = new LinkedHashMap<>();
        if (withContext) {
            annotation.put("@context", CONTEXT);
        }
        annotation.put("id", base + "claims/" + claim.id() + "#annotation");
        annotation.put("type", "Annotation");
        annotation.put("motivation", "describing");
        annotation.put("creator", claim.createdBy());
        annotation.put("created", claim.createdAt().toString());
        annotation.put("modified", claim.updatedAt().toString());
        List<Map<String, Object>> bodies = new ArrayList<>();
        bodies.add(body(claim.statement(), STATEMENT_PURPOSE));
        bodies.add(body(claim.speaker().name(), SPEAKER_PURPOSE));
        if (claim.topic() != null) {
            bodies.add(body(claim.topic().name(), TOPIC_PURPOSE));
        }
        annotation.put("body", bodies);
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", claim.quote().exact());
        quote.put("prefix", claim.quote().prefix());
        quote.put("suffix", claim.quote().suffix());
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", claim.quote().start());
        position.put("end", claim.quote().end());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", source(claim, base));
        target.put("selector", List.of(quote, position));
        annotation.put("target", target);
        return annotation;
    }

    private static Map<String, Object> body(String value, String purpose) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TextualBody");
        body.put("value", value);
        body.put("purpose", purpose);
        body.put("format", "text/plain");
        return body;
    }

    static Map<String, Object> collection(String id, List<ClaimView> claims, String base) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", CONTEXT);
        collection.put("id", id);
        collection.put("type", "AnnotationCollection");
        collection.put("total", claims.size());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", id + "#page1");
        page.put("type", "AnnotationPage");
        page.put("items", claims.stream().map(claim -> annotation(claim, base, false)).toList());
        collection.put("first", page);
        return collection;
    }
}
