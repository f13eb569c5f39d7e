package io.claimtracker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What the audit trail answers with. */
public final class AuditDtos {

    private AuditDtos() {
    }

    /** One field whose value a change altered. */
    public record FieldChange(String field, JsonNode before, JsonNode after) {
    }

    /** One recorded change, with the fields it altered. */
    public record AuditEntry(long id, String entity, long entityId, String action, String actor, String channel,
                             Instant at, JsonNode before, JsonNode after, List<FieldChange> changes) {

        static AuditEntry of(AuditEvent event, ObjectMapper json) {
            JsonNode before = read(event.beforeState, json);
            JsonNode after = read(event.afterState, json);
            return new AuditEntry(event.id, event.entityType, event.entityId, event.action, event.actor,
                    event.channel, event.occurredAt, before, after, changes(before, after));
        }

        private static List<FieldChange> changes(JsonNode before, JsonNode after) {
            Set<String> fields = new LinkedHashSet<>();
            collect(before, fields);
            collect(after, fields);
            List<FieldChange> changed = new ArrayList<>();
            for (String field : fields) {
                JsonNode was = before == null ? null : before.get(field);
                JsonNode now = after == null ? null : after.get(field);
                if (!Objects.equals(nullIfJsonNull(was), nullIfJsonNull(now))) {
                    changed.add(new FieldChange(field, was, now));
                }
            }
            return changed;
        }

        private static JsonNode nullIfJsonNull(JsonNode node) {
            return node == null || node.isNull() ? null : node;
        }

        private static void collect(JsonNode node, Set<String> fields) {
            if (node != null && node.isObject()) {
                Iterator<String> names = node.fieldNames();
                names.forEachRemaining(fields::add);
            }
        }

        private static JsonNode read(String state, ObjectMapper json) {
            if (state == null) {
                return null;
            }
            try {
                return json.readTree(state);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("An audit record holds unreadable state", e);
            }
        }
    }
}
