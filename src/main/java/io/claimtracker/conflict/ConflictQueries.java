package io.claimtracker.conflict;

import io.claimtracker.common.PageRequest;
import io.claimtracker.common.PageView;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.conflict.ConflictDtos.ConflictView;
import io.claimtracker.conflict.detect.ConflictKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Reads flags for listings, exports and pages: one flag, a filtered page, or every flag in id order. */
@ApplicationScoped
public class ConflictQueries {

    private static final String CONFLICT_FETCH = "select f from Conflict f "
            + "join fetch f.claimA ca join fetch ca.article caa join fetch caa.outlet cao join fetch ca.speaker cas "
            + "left join fetch ca.topic cat "
            + "join fetch f.claimB cb join fetch cb.article cba join fetch cba.outlet cbo join fetch cb.speaker cbs "
            + "left join fetch cb.topic cbt";

    /** A topic's flags in two parts that do not overlap: its first claim is in the topic, or only its second. */
    private static final List<String> TOPIC_SIDES = List.of("f.topicAId = :topic",
            "f.topicBId = :topic and (f.topicAId is null or f.topicAId <> :topic)");

    /** Which flags a listing asks for; null fields do not filter. */
    public record Filter(ConflictStatus status, ConflictKind kind, Long topicId, Long speakerId, Long claimId,
                         String outlet) {

        public Filter(ConflictStatus status, ConflictKind kind, Long topicId, Long speakerId, Long claimId) {
            this(status, kind, topicId, speakerId, claimId, null);
        }
    }

    @Transactional
    public ConflictView get(long id) {
        return ConflictView.of(find(id));
    }

    /** A flag with both claims loaded, or 404; within the caller's transaction. */
    public Conflict find(long id) {
        return Conflict.<Conflict>find(CONFLICT_FETCH + " where f.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> new RecordNotFoundException("conflict", id));
    }

    /**
     * The next flags matching the filter after the given id, in id order: for exports that read every flag in one
     * pass over the table (keyset, no offset and no count), however many there are.
     */
    @Transactional
    public List<ConflictView> listAfter(Filter filter, long afterId, int limit) {
        Parameters parameters = new Parameters();
        List<String> conditions = conditions(filter, parameters);
        conditions.add("f.id > :after");
        parameters.and("after", afterId);
        return Conflict.<Conflict>find(CONFLICT_FETCH + " where " + String.join(" and ", conditions)
                + " order by f.id", parameters).range(0, limit - 1).list().stream().map(ConflictView::of).toList();
    }

    /**
     * The joins a filter's conditions need when flags are counted or their ids picked, named as in the fetch: none
     * for status, kind and topic, the two claims for a speaker, their articles' outlets for an outlet.
     */
    private static String joins(Filter filter) {
        boolean outlet = filter.outlet() != null && !filter.outlet().isBlank();
        if (!outlet && filter.speakerId() == null) {
            return "";
        }
        return " join f.claimA ca join f.claimB cb" + (outlet
                ? " join ca.article caa join caa.outlet cao join cb.article cba join cba.outlet cbo" : "");
    }

    private static List<String> conditions(Filter filter, Parameters parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("f.status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.kind() != null) {
            conditions.add("f.kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.topicId() != null) {
            conditions.add("(f.topicAId = :topic or f.topicBId = :topic)");
            parameters.and("topic", filter.topicId());
        }
        if (filter.speakerId() != null) {
            conditions.add("(ca.speaker.id = :speaker or cb.speaker.id = :speaker)");
            parameters.and("speaker", filter.speakerId());
        }
        if (filter.claimId() != null) {
            conditions.add("(f.claimA.id = :claim or f.claimB.id = :claim)");
            parameters.and("claim", filter.claimId());
        }
        if (filter.outlet() != null && !filter.outlet().isBlank()) {
            conditions.add("(cao.nameKey = :outlet or cbo.nameKey = :outlet)");
            parameters.and("outlet", io.claimtracker.common.text.NameKey.of(filter.outlet()));
        }
        return conditions;
    }

    /** The most recently raised flags matching the filter, newest first, as feeds list them. */
    @Transactional
    public List<ConflictView> newest(Filter filter, int limit) {
        Parameters parameters = new Parameters();
        List<String> conditions = conditions(filter, parameters);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return Conflict.<Conflict>find(CONFLICT_FETCH + where + " order by f.id desc", parameters).page(0, limit)
                .list().stream().map(ConflictView::of).toList();
    }

    /** How many flags are open, for the navigation's count. */
    @Transactional
    public long openCount() {
        return Conflict.count("status", ConflictStatus.OPEN);
    }

    /** How many flags matching the filter arrived after the given flag id (ids grow with time). */
    @Transactional
    public long countAfter(Filter filter, long afterId) {
        Parameters parameters = new Parameters();
        List<String> conditions = conditions(filter, parameters);
        conditions.add("f.id > :after");
        parameters.and("after", afterId);
        return Conflict.count("select count(f) from Conflict f" + joins(filter) + " where "
                + String.join(" and ", conditions), parameters);
    }

    /** The newest flag's id, or 0: where "new since you looked" starts. */
    @Transactional
    public long latestId() {
        Long latest = Conflict.getEntityManager().createQuery("select max(f.id) from Conflict f", Long.class)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    /**
     * One page of flags, highest score first: the page's ids are picked through the {@code (status, score)} index
     * with only the joins the filter needs, then those flags alone are loaded with their claims. With a topic, the
     * flags whose first claim is in it and those where only the second is are picked and counted apart, each through
     * its {@code (topic, status, score)} index, and merged.
     */
    @Transactional
    public PageView<ConflictView> list(Filter filter, PageRequest paging) {
        int wanted = (paging.page() + 1) * paging.size();
        List<Object[]> ranked = new ArrayList<>();
        long total = 0;
        for (String side : filter.topicId() == null ? List.of("") : TOPIC_SIDES) {
            Parameters parameters = new Parameters();
            List<String> conditions = conditions(withoutTopic(filter), parameters);
            if (!side.isEmpty()) {
                conditions.add(side);
                parameters.and("topic", filter.topicId());
            }
            String where = joins(filter) + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
            var idQuery = Conflict.getEntityManager().createQuery("select f.id, f.score from Conflict f" + where
                    + " order by f.score desc, f.id desc", Object[].class);
            parameters.map().forEach(idQuery::setParameter);
            ranked.addAll(idQuery.setMaxResults(wanted).getResultList());
            total += Conflict.count("select count(f) from Conflict f" + where, parameters);
        }
        ranked.sort(java.util.Comparator.comparingDouble((Object[] row) -> -(Double) row[1])
                .thenComparing(row -> -(Long) row[0]));
        List<Long> ids = ranked.stream().skip((long) paging.page() * paging.size()).limit(paging.size())
                .map(row -> (Long) row[0]).toList();
        java.util.Map<Long, ConflictView> loaded = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Conflict.<Conflict>find(CONFLICT_FETCH + " where f.id in ?1", ids).list()
                    .forEach(flag -> loaded.put(flag.id, ConflictView.of(flag)));
        }
        List<ConflictView> items = ids.stream().map(loaded::get).filter(java.util.Objects::nonNull).toList();
        return new PageView<>(items, paging.page(), paging.size(), total);
    }

    private static Filter withoutTopic(Filter filter) {
        return new Filter(filter.status(), filter.kind(), null, filter.speakerId(), filter.claimId(), filter.outlet());
    }
}
