package io.claimtracker.common.failure;

import java.util.List;
import java.util.Map;

/** The request clashes with the records as they are (a name taken, the last administrator, a ruling present). */
public class StateConflictException extends DomainException {

    public StateConflictException(String title, String detail) {
        this(title, detail, null, Map.of());
    }

    public StateConflictException(String title, String detail, String field, Map<String, Object> facts) {
        super(title, detail, field, List.of(), facts);
    }
}
