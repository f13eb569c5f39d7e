package io.claimtracker.common.failure;

import java.util.List;
import java.util.Map;

/** Input beyond a configured size limit (an article body, an upload, a number of files). */
public class TooLargeException extends DomainException {

    public TooLargeException(String title, String detail) {
        this(title, detail, null);
    }

    public TooLargeException(String title, String detail, String field) {
        super(title, detail, field, List.of(), Map.of());
    }
}
