package io.claimtracker.common.failure;

import java.util.List;
import java.util.Map;

/** Well-formed input the service still cannot act on (a quote not in the article, an unreadable archive). */
public class UnprocessableException extends DomainException {

    public UnprocessableException(String title, String detail) {
        this(title, detail, null, Map.of());
    }

    public UnprocessableException(String title, String detail, String field, Map<String, Object> facts) {
        super(title, detail, field, List.of(), facts);
    }
}
