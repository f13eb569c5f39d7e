package io.claimtracker.exchange;

import io.claimtracker.common.failure.TooLargeException;
import io.claimtracker.common.failure.UnprocessableException;
import io.claimtracker.common.failure.DomainException;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimtracker.claim.ClaimDtos.ClaimInput;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.claim.ClaimDtos.QuoteInput;
import io.claimtracker.claim.ClaimRecording;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.speaker.SpeakerDtos.SpeakerRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns W3C Web Annotations on an article into claims: the TextQuoteSelector (and TextPositionSelector) locate the
 * quote, bodies with purpose identifying, describing and tagging give speaker, statement and topic. Each
 * annotation succeeds or fails on its own; one already stored as a claim is skipped.
 */
@ApplicationScoped
public class AnnotationImport {

    static final int MAX_ITEMS = 1000;

    @Inject
    ClaimService claims;

    @Inject
    ClaimRecording recording;

    @Inject
    Validator validator;

    /** What happened to one annotation. */
    public record ItemResult(int index, String id, String outcome, Long claimId, String message) {
    }

    /** What happened to all of them. */
    public record Report(int created, int skipped, int failed, List<ItemResult> items) {
    }

    public Report run(long articleId, JsonNode document, String defaultSpeaker) {
        List<JsonNode> annotations = annotationsIn(document);
        List<ClaimView> existing = new ArrayList<>(claims.ofArticle(articleId));
        List<ItemResult> results = new ArrayList<>();
        int index = 0;
        for (JsonNode annotation : annotations) {
            results.add(one(articleId, index++, annotation, defaultSpeaker, existing));
        }
        return new Report(count(results, "created"), count(results, "skipped"), count(results, "failed"), results);
    }

    private ItemResult one(long articleId, int index, JsonNode annotation, String defaultSpeaker,
                           List<ClaimView> existing) {
        String id = annotation.path("id").asText(annotation.path("@id").asText(null));
        try {
            ClaimInput input = toClaim(annotation, defaultSpeaker);
            Set<ConstraintViolation<ClaimInput>> violations = validator.validate(input);
            if (!violations.isEmpty()) {
                return new ItemResult(index, id, "failed", null, violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
            }
            for (ClaimView claim : existing) {
                if (claim.quote().exact().equals(input.quote().exact()) && claim.statement().equals(input.statement())
                        && claim.speaker().name().equalsIgnoreCase(input.speaker().name().strip())) {
                    return new ItemResult(index, id, "skipped", claim.id(), "already stored as claim " + claim.id());
                }
            }
            ClaimView created = recording.attach(articleId, input, ClaimRecording.Source.IMPORT);
            existing.add(created);
            return new ItemResult(index, id, "created", created.id(), null);
        } catch (DomainException e) {
            return new ItemResult(index, id, "failed", null, e.detail());
        }
    }

    static List<JsonNode> annotationsIn(JsonNode document) {
        JsonNode items = document;
        if (document.isObject() && "AnnotationCollection".equals(document.path("type").asText())) {
            items = document.path("first").path("items");
        } else if (document.isObject() && "AnnotationPage".equals(document.path("type").asText())) {
            items = document.path("items");
        }
        List<JsonNode> found = new ArrayList<>();
        if (items.isArray()) {
            items.forEach(found::add);
        } else if (items.isObject() && "Annotation".equals(items.path("type").asText())) {
            found.add(items);
        }
        if (found.isEmpty()) {
            throw new UnprocessableException("No annotations", "Send a W3C Web Annotation, a list of them, "
                    + "an AnnotationPage or an AnnotationCollection (type \"Annotation\" on each).");
        }
        if (found.size() > MAX_ITEMS) {
            throw new TooLargeException("Too many annotations", "Send at most " + MAX_ITEMS
                    + " annotations at a time; this had " + found.size() + ".");
        }
        return found;
    }

    static ClaimInput toClaim(JsonNode annotation, String defaultSpeaker) {
        JsonNode quote = null;
        JsonNode position = null;
        for (JsonNode selector : list(annotation.path("target").path("selector"))) {
            switch (selector.path("type").asText()) {
                case "TextQuoteSelector" -> quote = selector;
                case "TextPositionSelector" -> position = selector;
                default -> {
                }
            }
        }
        if (quote == null) {
            throw new UnprocessableException("No quote", "The annotation's target has no TextQuoteSelector, so "
                    + "the quoted words are unknown.");
        }
        String speaker = bodyWith(annotation, "identifying");
        speaker = speaker != null ? speaker : defaultSpeaker;
        if (speaker == null || speaker.isBlank()) {
            throw new UnprocessableException("No speaker", "The annotation names no speaker (a TextualBody with "
                    + "purpose \"identifying\"); add one, or import with ?speaker=Name.");
        }
        String statement = bodyWith(annotation, "describing");
        statement = statement != null ? statement : bodyWith(annotation, "commenting");
        statement = statement != null ? statement : quote.path("exact").asText(null);
        return new ClaimInput(new SpeakerRef(speaker, null, null, null).asNew(),
                new QuoteInput(text(quote, "exact"), text(quote, "prefix"), text(quote, "suffix"),
                        position == null || !position.path("start").canConvertToInt() ? null : position.path("start").asInt(),
                        position == null || !position.path("end").canConvertToInt() ? null : position.path("end").asInt()),
                statement, null, bodyWith(annotation, "tagging"), null, null, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static String bodyWith(JsonNode annotation, String purpose) {
        for (JsonNode body : list(annotation.path("body"))) {
            if (purpose.equals(body.path("purpose").asText()) && body.path("value").isTextual()) {
                return body.path("value").asText();
            }
        }
        return null;
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (node.isObject()) {
            items.add(node);
        }
        return items;
    }

    private static int count(List<ItemResult> results, String outcome) {
        return (int) results.stream().filter(result -> result.outcome().equals(outcome)).count();
    }
}
