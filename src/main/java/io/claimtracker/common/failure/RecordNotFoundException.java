package io.claimtracker.common.failure;

import java.util.List;
import java.util.Map;

/** The record asked for does not exist (any more). */
public class RecordNotFoundException extends DomainException {

    public RecordNotFoundException(String what, long id) {
        this("Not found", "No " + what + " has id " + id + ". Check the id, or list " + what + "s to find it.");
    }

    public RecordNotFoundException(String title, String detail) {
        super(title, detail, null, List.of(), Map.of());
    }
}
