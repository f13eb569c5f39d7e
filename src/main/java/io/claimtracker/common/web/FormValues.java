package io.claimtracker.common.web;

import io.claimtracker.common.Enums;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads typed values from form fields, noting a message against the field when a value cannot be read. */
public final class FormValues {

    private FormValues() {
    }

    public static LocalDate date(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date like 2016-09-17");
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(String value, Class<E> type, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var parsed = Enums.parse(type, value);
        if (parsed.isEmpty()) {
            errors.add(field, "must be one of " + Enums.names(type));
        }
        return parsed.orElse(null);
    }

    public static Integer whole(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
