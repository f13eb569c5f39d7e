package io.claimtracker.common.failure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something a service refuses to do, said in domain terms: a short title, what the person can do about it, the
 * form field it concerns, and facts worth showing (the current record, the ids involved). Adapters decide how it
 * reaches the person: a problem response, a message next to a form field.
 */
public abstract class DomainException extends RuntimeException {

    private final String title;
    private final String field;
    private final List<FieldError> fieldErrors;
    private final Map<String, Object> facts;

    protected DomainException(String title, String detail, String field, List<FieldError> fieldErrors,
                              Map<String, Object> facts) {
        super(detail, null, false, false);
        this.title = title;
        this.field = field;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.facts = Map.copyOf(new LinkedHashMap<>(facts));
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** The one form field this is about, when it is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** Every rejected field and why, when the input was checked field by field. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Named facts that help the person act: the current state of a record, ids of the records involved. */
    public Map<String, Object> facts() {
        return facts;
    }

    /** How long to wait before trying again, when waiting helps. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** One rejected field, by its path in the request (such as {@code quote.exact}), and why. */
    public record FieldError(String field, String message) {
    }
}
