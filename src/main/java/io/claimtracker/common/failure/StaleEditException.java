package io.claimtracker.common.failure;

import java.util.List;
import java.util.Map;

/**
 * An edit based on a version of a record that someone else has changed since; carries the record as it is now
 * and, where the service knows them, the changes made since the version the editor read.
 */
public class StaleEditException extends DomainException {

    public static final String CURRENT = "current";
    public static final String CHANGES = "changesSince";

    private final transient Object current;
    private final transient List<?> changes;

    public StaleEditException(String detail, Object current, List<?> changes) {
        this("Edited by someone else", detail, current, changes);
    }

    public StaleEditException(String title, String detail, Object current, List<?> changes) {
        super(title, detail, null, List.of(), changes.isEmpty()
                ? Map.of(CURRENT, current) : Map.of(CURRENT, current, CHANGES, changes));
        this.current = current;
        this.changes = List.copyOf(changes);
    }

    public Object current() {
        return current;
    }

    /** The changes since the editor's version, of the type the throwing service documents. */
    public List<?> changes() {
        return changes;
    }
}
