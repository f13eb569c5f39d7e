package io.claimtracker.audit;

import io.claimtracker.common.PageRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.Timestamps;
import io.claimtracker.common.PageView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Appends changes to the audit trail inside the changing transaction, and reads them back; it never edits or deletes. */
@ApplicationScoped
public class AuditLog {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedEntity entity, long id, String action, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.entityType = entity.key();
        event.entityId = id;
        event.action = action;
        event.actor = currentUser.name();
        event.channel = Channel.current();
        event.occurredAt = Timestamps.now();
        event.beforeState = write(before);
        event.afterState = write(after);
        event.persist();
    }

    /** Records the creation of a record found-or-created by several requests at once, by whichever inserted it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCreationOnce(AuditedEntity entity, long id, Object after) {
        if (AuditEvent.count("entityType = ?1 and entityId = ?2 and action = ?3", entity.key(), id, CREATED) == 0) {
            record(entity, id, CREATED, null, after);
        }
    }

    @Transactional
    public PageView<AuditDtos.AuditEntry> of(AuditedEntity entity, long id, PageRequest paging) {
        var query = eventsOf(entity, id);
        List<AuditDtos.AuditEntry> items = query.page(paging.page(), paging.size()).list().stream()
                .map(event -> AuditDtos.AuditEntry.of(event, json)).toList();
        return new PageView<>(items, paging.page(), paging.size(), query.count());
    }

    @Transactional
    public List<AuditDtos.AuditEntry> history(AuditedEntity entity, long id) {
        return eventsOf(entity, id).list().stream().map(event -> AuditDtos.AuditEntry.of(event, json)).toList();
    }

    /** The recorded changes that took a versioned record past the version a writer last read, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditDtos.AuditEntry> changesSince(AuditedEntity entity, long id, long readVersion) {
        return history(entity, id).stream()
                .filter(entry -> entry.after() != null && entry.after().path("version").asLong(-1) > readVersion)
                .toList();
    }

    private static PanacheQuery<AuditEvent> eventsOf(AuditedEntity entity, long id) {
        return AuditEvent.find("entityType = ?1 and entityId = ?2 order by id", entity.key(), id);
    }

    private String write(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record's state could not be written to the audit trail", e);
        }
    }
}
