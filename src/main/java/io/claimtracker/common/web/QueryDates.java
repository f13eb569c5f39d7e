package io.claimtracker.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads optional date query parameters, answering 400 with the expected form when one is malformed. */
public final class QueryDates {

    private QueryDates() {
    }

    public static LocalDate parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.of(400, "Invalid date", "The " + name + " parameter '" + value
                    + "' is not a date; write it like 2016-09-17."));
        }
    }
}
