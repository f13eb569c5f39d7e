package io.claimtracker.common.failure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Input that breaks the rules of one or more fields; each field says what is wrong with it. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid request", "Fix these fields and send again: " + errors.stream()
                .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")),
                null, errors, Map.of());
    }

    public InvalidInputException(String detail, List<FieldError> errors) {
        super("Invalid request", detail, null, errors, Map.of());
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }
}
