package io.claimtracker.speaker;

import io.claimtracker.common.failure.UnprocessableException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.PageRequest;
import io.claimtracker.common.Timestamps;
import io.claimtracker.common.FindOrCreate;
import io.claimtracker.common.text.NameKey;
import io.claimtracker.common.text.Texts;
import io.claimtracker.common.PageView;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Resolves speaker names, with their aliases, to one speaker each. */
@ApplicationScoped
public class SpeakerService {

    @Inject
    AuditLog audit;

    public Speaker resolve(SpeakerDtos.SpeakerRef ref) {
        String name = Texts.clean(ref.name());
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            throw new UnprocessableException("Invalid speaker",
                    "The speaker's name must contain letters or digits.", "speaker.name", java.util.Map.of());
        }
        Instant now = Timestamps.now();
        Speaker speaker = FindOrCreate.resolve(() -> findByNameOrAlias(key), () -> Speaker.getEntityManager()
                .createNativeQuery("INSERT INTO speaker (name, name_key, role, affiliation, created_at, updated_at, "
                        + "version) VALUES (?1, ?2, ?3, ?4, ?5, ?5, 0) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, name).setParameter(2, key).setParameter(3, Texts.clean(ref.role()))
                .setParameter(4, Texts.clean(ref.affiliation())).setParameter(5, now)
                .executeUpdate(), created -> audit.recordCreationOnce(AuditedEntity.SPEAKER, created.id,
                created.auditState().asMap()));
        Map<String, Object> before = speaker.auditState().asMap();
        if (complete(speaker, ref)) {
            audit.record(AuditedEntity.SPEAKER, speaker.id, AuditLog.UPDATED, before, speaker.auditState().asMap());
        }
        return speaker;
    }

    public Speaker get(long id) {
        return Speaker.<Speaker>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("speaker", id));
    }

    public PageView<Speaker> list(String query, PageRequest paging) {
        String key = query == null ? "" : NameKey.of(query);
        var found = key.isEmpty()
                ? Speaker.<Speaker>find("order by name, id")
                : Speaker.<Speaker>find("nameKey like ?1 or id in (select s.id from Speaker s join s.aliases a "
                        + "where a.aliasKey like ?1) order by name, id", "%" + key + "%");
        List<Speaker> items = found.page(paging.page(), paging.size()).list();
        return new PageView<>(items, paging.page(), paging.size(), found.count());
    }

    private static Optional<Speaker> findByNameOrAlias(String key) {
        return Speaker.<Speaker>find("nameKey = ?1 or id in (select s.id from Speaker s join s.aliases a "
                + "where a.aliasKey = ?1)", key).firstResultOptional();
    }

    private boolean complete(Speaker speaker, SpeakerDtos.SpeakerRef ref) {
        boolean changed = false;
        if (speaker.role == null && Texts.clean(ref.role()) != null) {
            speaker.role = Texts.clean(ref.role());
            changed = true;
        }
        if (speaker.affiliation == null && Texts.clean(ref.affiliation()) != null) {
            speaker.affiliation = Texts.clean(ref.affiliation());
            changed = true;
        }
        for (String alias : Objects.requireNonNullElse(ref.aliases(), List.<String>of())) {
            String cleaned = Texts.clean(alias);
            String aliasKey = NameKey.of(cleaned);
            if (aliasKey.isEmpty() || aliasKey.equals(speaker.nameKey)) {
                continue;
            }
            Optional<Speaker> owner = findByNameOrAlias(aliasKey);
            if (owner.isPresent() && !owner.get().id.equals(speaker.id)) {
                throw new UnprocessableException("Alias already taken", "The alias '" + cleaned
                        + "' already names speaker #" + owner.get().id + " (" + owner.get().name
                        + "). Remove it from this speaker's aliases or use that speaker.", "speaker.name", java.util.Map.of());
            }
            changed |= speaker.aliases.add(new SpeakerAlias(cleaned, aliasKey));
        }
        if (changed) {
            speaker.updatedAt = Timestamps.now();
        }
        return changed;
    }
}
