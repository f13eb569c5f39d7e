package io.claimtracker.topic;

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

import java.util.List;
import java.util.Map;

/** Resolves topic names to one topic each. */
@ApplicationScoped
public class TopicService {

    @Inject
    AuditLog audit;

    public Topic resolve(String rawName) {
        String name = Texts.clean(rawName);
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            throw new UnprocessableException("Invalid topic", "The topic must contain letters or digits.", "topic",
                    java.util.Map.of());
        }
        return FindOrCreate.resolve(() -> Topic.<Topic>find("nameKey", key).firstResultOptional(), () -> Topic
                .getEntityManager()
                .createNativeQuery("INSERT INTO topic (name, name_key, created_at) VALUES (?1, ?2, ?3) "
                        + "ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, name).setParameter(2, key).setParameter(3, Timestamps.now())
                .executeUpdate(), created -> audit.recordCreationOnce(AuditedEntity.TOPIC, created.id,
                        Map.of("name", created.name)));
    }

    public Topic get(long id) {
        return Topic.<Topic>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("topic", id));
    }

    public PageView<Topic> list(String query, PageRequest paging) {
        String key = query == null ? "" : NameKey.of(query);
        var found = key.isEmpty()
                ? Topic.<Topic>find("order by name, id")
                : Topic.<Topic>find("nameKey like ?1 order by name, id", "%" + key + "%");
        List<Topic> items = found.page(paging.page(), paging.size()).list();
        return new PageView<>(items, paging.page(), paging.size(), found.count());
    }
}
