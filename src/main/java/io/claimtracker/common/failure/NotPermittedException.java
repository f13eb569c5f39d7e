package io.claimtracker.common.failure;

import java.util.List;
import java.util.Map;

/** The person's role or relation to the record does not allow this. */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String title, String detail) {
        super(title, detail, null, List.of(), Map.of());
    }
}
