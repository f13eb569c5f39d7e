package io.claimtracker.audit;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record's state as the audit trail stores it: named values in order, with dates and enum constants written as
 * text and collections as lists, so that every audited record is recorded the same way.
 */
public final class AuditState {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private AuditState() {
    }

    public static AuditState of() {
        return new AuditState();
    }

    public AuditState with(String name, Object value) {
        values.put(name, stored(value));
        return this;
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    private static Object stored(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof TemporalAccessor time) {
            return time.toString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(AuditState::stored).toList();
        }
        return value;
    }
}
