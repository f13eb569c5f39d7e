package io.claimtracker.conflict;

import io.claimtracker.common.failure.StateConflictException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.PageRequest;
import io.claimtracker.claim.Claim;
import io.claimtracker.claim.ConflictHook;
import io.claimtracker.common.Timestamps;
import io.claimtracker.common.PageView;
import io.claimtracker.conflict.ConflictDtos.ConflictView;
import io.claimtracker.conflict.detect.ConflictDetector;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.ConflictKind;
import io.claimtracker.conflict.detect.Statement;
import io.claimtracker.conflict.detect.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs the detector for saved claims and keeps their flags: new ones raised, open ones updated or cleared. */
@ApplicationScoped
public class ConflictService implements ConflictHook {

    private static final String CLAIM_FETCH = "select c from Claim c join fetch c.article a join fetch a.outlet "
            + "join fetch c.speaker left join fetch c.topic";
    private static final String CONFLICT_FETCH = "select f from Conflict f "
            + "join fetch f.claimA ca join fetch ca.article caa join fetch caa.outlet cao join fetch ca.speaker cas "
            + "left join fetch ca.topic cat "
            + "join fetch f.claimB cb join fetch cb.article cba join fetch cba.outlet cbo join fetch cb.speaker cbs "
            + "left join fetch cb.topic cbt";

    @Inject
    ConflictJudge judge;

    @Inject
    DetectionSlots slots;

    @Inject
    ClaimIndex index;

    @Inject
    CandidateSearch candidates;

    @Inject
    EntityManager entityManager;

    /** Which flags a listing asks for; null fields do not filter. */
    public record Filter(ConflictStatus status, ConflictKind kind, Long topicId, Long speakerId, Long claimId,
                         String outlet) {

        public Filter(ConflictStatus status, ConflictKind kind, Long topicId, Long speakerId, Long claimId) {
            this(status, kind, topicId, speakerId, claimId, null);
        }
    }

    /**
     * Checks a committed claim against its candidates in three steps, so that no database connection is held while
     * the model reads: a short transaction gathers the pairs, the judge runs among a bounded number of checks
     * ({@link DetectionSlots}), and a second short transaction stores the outcome.
     */
    @Override
    public List<RaisedFlag> claimSaved(long claimId) {
        Comparison comparison = QuarkusTransaction.requiringNew().call(() -> compare(claimId));
        List<Verdict> verdicts = slots.run(() -> judge.judge(comparison.pairs()));
        return QuarkusTransaction.requiringNew().call(() -> store(claimId, comparison.others(), verdicts));
    }

    /** The claims one claim is compared with, and the pairs the judge reads, in the same order. */
    private record Comparison(List<Long> others, List<ConflictJudge.Pair> pairs) {
    }

    @Override
    public void claimDeleting(long claimId) {
        List<Conflict> flags = storedFlagsOf(claimId);
        List<Long> ruled = flags.stream().filter(this::reviewed).map(flag -> flag.id).toList();
        if (!ruled.isEmpty()) {
            throw new StateConflictException("Claim has reviewed conflicts", "This claim takes part in "
                    + ruled.size() + " conflict flag(s) an editor has ruled on (" + ruled.stream().map(id -> "#" + id)
                    .collect(Collectors.joining(", ")) + "). Rulings are kept as evidence, so the claim cannot be "
                    + "deleted; edit it instead.", null, Map.of("conflicts", ruled));
        }
        flags.forEach(Conflict::delete);
    }

    @Override
    public Map<Long, String> reviewStates(Collection<Long> claimIds) {
        Map<Long, String> states = new java.util.HashMap<>();
        if (claimIds.isEmpty()) {
            return states;
        }
        List<?> rows = entityManager.createNativeQuery("SELECT claim_id, status FROM (SELECT claim_a_id AS claim_id, "
                        + "status FROM conflict UNION ALL SELECT claim_b_id, status FROM conflict) flags "
                        + "WHERE claim_id IN (?1)")
                .setParameter(1, List.copyOf(claimIds)).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long claimId = ((Number) columns[0]).longValue();
            states.merge(claimId, stateOf(String.valueOf(columns[1])), ConflictHook::stronger);
        }
        return states;
    }

    @Override
    public Map<Long, Long> openFlagsByArticle(Collection<Long> articleIds) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        List<?> rows = entityManager.createNativeQuery("SELECT c.article_id, COUNT(DISTINCT f.id) FROM conflict f "
                        + "JOIN claim c ON c.id = f.claim_a_id OR c.id = f.claim_b_id "
                        + "WHERE f.status = 'OPEN' AND c.article_id IN (?1) GROUP BY c.article_id")
                .setParameter(1, List.copyOf(articleIds)).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private static String stateOf(String status) {
        return switch (status) {
            case "OPEN" -> "open";
            case "CONFIRMED" -> "confirmed";
            case "NOTED" -> "development";
            default -> "settled";
        };
    }

    /** Indexes the claim and gathers the pairs to judge; drops unruled flags with claims now under another topic. */
    private Comparison compare(long claimId) {
        Claim claim = Claim.<Claim>find(CLAIM_FETCH + " where c.id = ?1", claimId).firstResultOptional()
                .orElseThrow(() -> new RecordNotFoundException("claim", claimId));
        ClaimIndex.Keys keys = index.keysOf(claim);
        index.store(claimId, keys);
        Map<Long, Conflict> existing = storedFlagsOf(claimId).stream()
                .collect(Collectors.toMap(flag -> flag.otherThan(claimId), Function.identity()));
        Set<Long> otherIds = new LinkedHashSet<>(candidates.candidatesFor(claimId,
                claim.topic == null ? null : claim.topic.id, keys));
        otherIds.addAll(existing.keySet());
        Candidate self = new Candidate(claim.id, claim.topic == null ? null : claim.topic.id, statementOf(claim));
        ConflictDetector.Prepared mine = judge.prepare(self.statement());
        List<Long> compared = new ArrayList<>();
        List<ConflictJudge.Pair> pairs = new ArrayList<>();
        for (Candidate other : candidates(otherIds)) {
            Conflict flag = existing.get(other.id());
            if (flag != null && !flag.status.changedByDetection()) {
                continue;
            }
            if (self.differentStoryFrom(other)) {
                if (flag != null && !reviewed(flag)) {
                    flag.delete();
                }
                continue;
            }
            ConflictDetector.Prepared theirs = judge.prepare(other.statement());
            boolean mineFirst = claimId < other.id();
            compared.add(other.id());
            pairs.add(new ConflictJudge.Pair(mineFirst ? mine : theirs, mineFirst ? theirs : mine));
        }
        return new Comparison(compared, pairs);
    }

    /**
     * Stores the verdicts against the flags as they are now: a flag an editor ruled on while the judge was reading
     * is left alone, and a claim deleted meanwhile is skipped.
     */
    private List<RaisedFlag> store(long claimId, List<Long> others, List<Verdict> verdicts) {
        if (Claim.findById(claimId) == null) {
            return List.of();
        }
        Map<Long, Conflict> existing = storedFlagsOf(claimId).stream()
                .collect(Collectors.toMap(flag -> flag.otherThan(claimId), Function.identity()));
        Set<Long> stillThere = Set.copyOf(ids(entityManager.createQuery("select c.id from Claim c where c.id in :ids")
                .setParameter("ids", others.isEmpty() ? List.of(-1L) : others).getResultList()));
        for (int i = 0; i < others.size(); i++) {
            long other = others.get(i);
            Verdict verdict = verdicts.get(i);
            Conflict flag = existing.get(other);
            if (!stillThere.contains(other) || flag != null && !flag.status.changedByDetection()) {
                continue;
            }
            boolean stored = verdict.conflict() || verdict.kind() == ConflictKind.DEVELOPMENT;
            if (stored && flag != null) {
                update(flag, verdict);
            } else if (stored) {
                insert(Math.min(claimId, other), Math.max(claimId, other), verdict);
            } else if (flag != null && !reviewed(flag)) {
                flag.delete();
            }
        }
        entityManager.createNativeQuery("DELETE FROM detection_queue WHERE claim_id = ?1").setParameter(1, claimId)
                .executeUpdate();
        entityManager.flush();
        return raised(claimId);
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    /** Claims whose conflict check was queued before the given moment and has not run yet, oldest first. */
    public List<Long> pendingDetections(java.time.Instant queuedBefore, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT claim_id FROM detection_queue WHERE queued_at < ?1 ORDER BY queued_at, claim_id")
                .setParameter(1, queuedBefore).setMaxResults(limit).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList());
    }

    @Override
    @Transactional
    public List<RaisedFlag> flagsOf(long claimId) {
        return raised(claimId);
    }

    private List<RaisedFlag> raised(long claimId) {
        return storedFlagsOf(claimId).stream()
                .map(flag -> new RaisedFlag(flag.id, flag.otherThan(claimId), flag.kind.name(), flag.score,
                        flag.explanation, flag.reversal, flag.status.name().toLowerCase(Locale.ROOT)))
                .toList();
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
            conditions.add("(cat.id = :topic or cbt.id = :topic)");
            parameters.and("topic", filter.topicId());
        }
        if (filter.speakerId() != null) {
            conditions.add("(cas.id = :speaker or cbs.id = :speaker)");
            parameters.and("speaker", filter.speakerId());
        }
        if (filter.claimId() != null) {
            conditions.add("(ca.id = :claim or cb.id = :claim)");
            parameters.and("claim", filter.claimId());
        }
        if (filter.outlet() != null && !filter.outlet().isBlank()) {
            conditions.add("(cao.nameKey = :outlet or cbo.nameKey = :outlet)");
            parameters.and("outlet", io.claimtracker.common.text.NameKey.of(filter.outlet()));
        }
        return conditions;
    }

    @Transactional
    public PageView<ConflictView> list(Filter filter, PageRequest paging) {
        Parameters parameters = new Parameters();
        List<String> conditions = conditions(filter, parameters);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        PanacheQuery<Conflict> query = Conflict.find(CONFLICT_FETCH + where + " order by f.score desc, f.id desc",
                parameters);
        List<ConflictView> items = query.page(paging.page(), paging.size()).list().stream().map(ConflictView::of).toList();
        long total = Conflict.count("select count(f) from Conflict f join f.claimA ca join ca.speaker cas "
                + "join ca.article caa join caa.outlet cao left join ca.topic cat join f.claimB cb join cb.speaker cbs "
                + "join cb.article cba join cba.outlet cbo left join cb.topic cbt" + where, parameters);
        return new PageView<>(items, paging.page(), paging.size(), total);
    }

    /** Whether an editor has ruled on the flag, now or before a reopening; such flags are never deleted. */
    private boolean reviewed(Conflict flag) {
        return !flag.status.changedByDetection() || ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM conflict_decision WHERE conflict_id = ?1")
                .setParameter(1, flag.id).getSingleResult()).longValue() > 0;
    }

    private List<Conflict> storedFlagsOf(long claimId) {
        return Conflict.<Conflict>find("claimA.id = ?1 or claimB.id = ?1", claimId).list();
    }

    /** A claim as the detector sees it, with the topic it is filed under. */
    public record Candidate(long id, Long topicId, Statement statement) {

        /** Claims filed under two different topics are about different events, however alike they read. */
        boolean differentStoryFrom(Candidate other) {
            return topicId != null && other.topicId != null && !topicId.equals(other.topicId);
        }
    }

    /** Loads just what the detector needs of each claim, in one query. */
    public List<Candidate> candidates(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select c.id, t.id, c.statement, coalesce(a.publishedOn, c.saidOn), "
                        + "s.nameKey, c.proposition, c.stance from Claim c join c.article a join c.speaker s "
                        + "left join c.topic t where c.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids))
                .getResultStream()
                .map(row -> new Candidate((Long) row[0], (Long) row[1], new Statement((String) row[2],
                        (java.time.LocalDate) row[3], (String) row[4], (String) row[5],
                        (io.claimtracker.common.Stance) row[6])))
                .toList();
    }

    private static Statement statementOf(Claim claim) {
        return new Statement(claim.statement,
                claim.article.publishedOn != null ? claim.article.publishedOn : claim.saidOn,
                claim.speaker.nameKey, claim.proposition, claim.stance);
    }

    private static void update(Conflict flag, Verdict verdict) {
        flag.status = ConflictStatus.forDetected(verdict);
        flag.kind = verdict.kind();
        flag.score = verdict.score();
        flag.explanation = limit(verdict.explanation());
        flag.reversal = verdict.reversal();
        flag.detectorVersion = ConflictJudge.VERSION;
        flag.updatedAt = Timestamps.now();
    }

    private void insert(long firstId, long secondId, Verdict verdict) {
        entityManager.createNativeQuery("INSERT INTO conflict (claim_a_id, claim_b_id, kind, score, explanation, "
                        + "reversal, status, detector_version, detected_at, updated_at, version) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?9, ?7, ?8, ?8, 0) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, firstId).setParameter(2, secondId).setParameter(3, verdict.kind().name())
                .setParameter(4, verdict.score()).setParameter(5, limit(verdict.explanation()))
                .setParameter(6, verdict.reversal()).setParameter(7, ConflictJudge.VERSION)
                .setParameter(8, Timestamps.now()).setParameter(9, ConflictStatus.forDetected(verdict).name())
                .executeUpdate();
    }

    private static String limit(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
