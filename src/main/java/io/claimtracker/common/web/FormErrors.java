package io.claimtracker.common.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Error messages of a submitted form, by field name, so each can be shown next to its field. */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Validates a request record as the JSON API would, naming fields by their record component path. */
    public static <T> FormErrors validate(Validator validator, T request) {
        FormErrors errors = new FormErrors();
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        for (ConstraintViolation<T> violation : violations) {
            errors.add(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }

    public FormErrors add(String field, String message) {
        byField.merge(field, message, (first, second) -> first + "; " + second);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    /** A field and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }

    /** The errors in the order they were found, for a summary that links each to its field. */
    public java.util.List<FieldProblem> list() {
        return byField.entrySet().stream().map(entry -> new FieldProblem(entry.getKey(), entry.getValue())).toList();
    }

    public Map<String, String> all() {
        return Map.copyOf(byField);
    }
}
