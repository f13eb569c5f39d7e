package io.claimtracker.conflict;

import io.claimtracker.claim.CheckLane;
import io.claimtracker.claim.Claim;
import io.claimtracker.claim.ConflictHook.RaisedFlag;
import io.claimtracker.claim.DetectionQueue;
import io.claimtracker.common.LockConflict;
import io.claimtracker.common.Timestamps;
import io.claimtracker.conflict.detect.ConflictDetector;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.JudgeSettings;
import io.claimtracker.conflict.detect.ConflictKind;
import io.claimtracker.conflict.detect.Statement;
import io.claimtracker.conflict.detect.Verdict;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs the detector for a saved claim and keeps its flags: new ones raised, open ones updated or cleared. */
@ApplicationScoped
public class ConflictDetection {

    private static final String CLAIM_FETCH = "select c from Claim c join fetch c.article a join fetch a.outlet "
            + "join fetch c.speaker left join fetch c.topic";
    private static final int ATTEMPTS = 4;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Inject
    ConflictJudge judge;

    @Inject
    io.opentelemetry.api.trace.Tracer tracer;

    @Inject
    DetectionSlots slots;

    @Inject
    ClaimIndex index;

    @Inject
    CandidateSearch candidates;

    @Inject
    DetectionQueue queue;

    @Inject
    EntityManager entityManager;

    @Inject
    PossibleConflicts possible;

    /**
     * Checks a committed claim against its candidates on the caller's thread; see {@link #claimsSaved}. Throws what
     * stopped the check, leaving the claim queued for the background retry.
     */
    public List<RaisedFlag> claimSaved(long claimId) {
        Checked checked = claimsSaved(List.of(claimId), Map.of(), CheckLane.BULK);
        RuntimeException failure = checked.failed().get(claimId);
        if (failure != null) {
            throw failure;
        }
        return checked.raised().get(claimId);
    }

    /** The flags of each claim whose check was stored, and what stopped the others (they stay queued). */
    public record Checked(Map<Long, List<RaisedFlag>> raised, Map<Long, RuntimeException> failed) {
    }

    /**
     * Checks committed claims against their candidates so that no database connection is held while a model reads:
     * their statements are embedded before any transaction; per claim, oldest first (so each finds the others' keys),
     * a short transaction stores its keys and a second one gathers its pairs; the judge reads the pairs of all of
     * them in one run among a bounded number of checks ({@link DetectionSlots}); and a short transaction per claim,
     * newest first (so an older claim's outcome includes the flag a newer one raised with it), stores the outcome. A
     * pair of two claims checked together is judged once, by the newer. A transaction the database rolls back over a
     * lock runs again at once rather than waiting for the background retry. Each claim's steps are traced under the
     * context given for it (the current one when none is). The model run takes a slot of the given lane.
     */
    public Checked claimsSaved(List<Long> claimIds, Map<Long, Context> traces, CheckLane lane) {
        long begun = System.nanoTime();
        Map<Long, List<RaisedFlag>> raised = new java.util.HashMap<>();
        Map<Long, RuntimeException> failed = new java.util.HashMap<>();
        Map<Long, ClaimIndex.Keys> keys;
        try {
            keys = index.keysOfEach(claimIds);
        } catch (RuntimeException e) {
            claimIds.forEach(id -> failed.put(id, e));
            return new Checked(raised, failed);
        }
        Set<Long> together = Set.copyOf(claimIds);
        Map<Long, Comparison> comparisons = new java.util.LinkedHashMap<>();
        for (long claimId : claimIds.stream().sorted().toList()) {
            try (Scope ignored = traces.getOrDefault(claimId, Context.current()).makeCurrent()) {
                comparisons.put(claimId, traced("detection.gather", claimId, () -> {
                    LockConflict.retried(ATTEMPTS, () -> QuarkusTransaction.requiringNew().call(() ->
                            indexed(claimId, keys.get(claimId))));
                    return LockConflict.retried(ATTEMPTS, () -> QuarkusTransaction.requiringNew().call(() ->
                            compare(claimId, keys.get(claimId), together)));
                }, "pairs", found -> found.pairs().size()));
            } catch (RuntimeException e) {
                failed.put(claimId, e);
            }
        }
        List<Long> compared = List.copyOf(comparisons.keySet());
        long judging = System.nanoTime();
        Instant judgingFrom = Instant.now();
        List<ConflictJudge.Judged> verdicts;
        try {
            verdicts = slots.run(lane, () -> judge.judgeWithLeads(compared.stream().map(id -> comparisons.get(id).pairs())
                    .toList()));
        } catch (RuntimeException e) {
            compared.forEach(id -> failed.put(id, e));
            return new Checked(raised, failed);
        }
        metrics.timer("claimtracker.detection.judge").record(System.nanoTime() - judging,
                java.util.concurrent.TimeUnit.NANOSECONDS);
        Instant judged = Instant.now();
        for (int i = 0; i < compared.size(); i++) {
            long conflicts = verdicts.get(i).verdicts().stream().filter(Verdict::conflict).count();
            tracer.spanBuilder("detection.judge").setParent(traces.getOrDefault(compared.get(i), Context.current()))
                    .setStartTimestamp(judgingFrom).setAttribute("claimtracker.claim.id", compared.get(i))
                    .setAttribute("claimtracker.detection.conflicts", conflicts)
                    .setAttribute("claimtracker.detection.batch", compared.size()).startSpan().end(judged);
        }
        for (int i = compared.size() - 1; i >= 0; i--) {
            long claimId = compared.get(i);
            Comparison comparison = comparisons.get(claimId);
            ConflictJudge.Judged outcome = verdicts.get(i);
            try (Scope ignored = traces.getOrDefault(claimId, Context.current()).makeCurrent()) {
                raised.put(claimId, traced("detection.store", claimId, () -> LockConflict.retried(ATTEMPTS,
                        () -> QuarkusTransaction.requiringNew().call(() -> store(claimId, comparison, outcome))),
                        "flags", List::size));
                metrics.counter("claimtracker.detection.pairs").increment(comparison.pairs().size());
            } catch (RuntimeException e) {
                failed.put(claimId, e);
            }
        }
        long perClaim = (System.nanoTime() - begun) / Math.max(1, claimIds.size());
        raised.keySet().forEach(id -> metrics.timer("claimtracker.detection").record(perClaim,
                java.util.concurrent.TimeUnit.NANOSECONDS));
        return new Checked(raised, failed);
    }

    /**
     * Runs one step of a check in a trace span of its own, named for the step and tagged with the claim and with
     * a count of what the step produced.
     */
    private <T> T traced(String step, long claimId, java.util.function.Supplier<T> work, String counted,
                         java.util.function.ToIntFunction<T> count) {
        io.opentelemetry.api.trace.Span span = tracer.spanBuilder(step).setAttribute("claimtracker.claim.id", claimId)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            T result = work.get();
            span.setAttribute("claimtracker.detection." + counted, count.applyAsInt(result));
            return result;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * The claims one claim is compared with and the pairs the judge reads, in the same order, who said each, and
     * each pair's fingerprint by the other claim's id.
     */
    private record Comparison(List<Long> others, List<ConflictJudge.Pair> pairs, Map<Long, String> speakers,
                              Map<Long, String> fingerprints) {
    }

    /**
     * Stores the claim's keys in a transaction committed before its search begins. Two claims checked at once then
     * cannot both miss each other: the search that starts later reads a snapshot holding the other's keys.
     */
    private ClaimIndex.Keys indexed(long claimId, ClaimIndex.Keys keys) {
        if (keys == null || Claim.findById(claimId) == null) {
            throw new RecordNotFoundException("claim", claimId);
        }
        index.store(claimId, keys);
        return keys;
    }

    /**
     * Gathers the pairs to judge for an indexed claim; drops unruled flags with claims now under another topic. A
     * pair with a newer claim checked together with this one is left to that claim.
     */
    private Comparison compare(long claimId, ClaimIndex.Keys keys, Set<Long> together) {
        Claim claim = Claim.<Claim>find(CLAIM_FETCH + " where c.id = ?1", claimId).firstResultOptional()
                .orElseThrow(() -> new RecordNotFoundException("claim", claimId));
        Map<Long, Conflict> existing = storedFlagsOf(claimId).stream()
                .collect(Collectors.toMap(flag -> flag.otherThan(claimId), Function.identity()));
        Set<Long> otherIds = new LinkedHashSet<>(candidates.candidatesFor(claimId,
                claim.topic == null ? null : claim.topic.id, keys));
        otherIds.addAll(existing.keySet());
        Candidate self = new Candidate(claim.id, claim.topic == null ? null : claim.topic.id, statementOf(claim),
                claim.speaker.name);
        ConflictDetector.Prepared mine = judge.prepare(self.statement());
        List<Long> compared = new ArrayList<>();
        List<ConflictJudge.Pair> pairs = new ArrayList<>();
        Map<Long, String> speakers = new java.util.HashMap<>();
        Map<Long, String> fingerprints = new java.util.HashMap<>();
        speakers.put(self.id(), self.speakerName());
        otherIds.removeIf(other -> other > claimId && together.contains(other));
        Map<Long, PossibleConflict> leads = possible.of(claimId);
        Map<Long, byte[]> vectors = index.vectorsOf(otherIds);
        for (Candidate other : candidates(otherIds)) {
            Conflict flag = existing.get(other.id());
            if (flag != null && !flag.status.changedByDetection()) {
                continue;
            }
            String fingerprint = PossibleConflicts.fingerprint(self, other);
            if (possible.decisionHolds(leads.get(other.id()), fingerprint)) {
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
            speakers.put(other.id(), other.speakerName());
            fingerprints.put(other.id(), fingerprint);
            pairs.add(new ConflictJudge.Pair(mineFirst ? mine : theirs, mineFirst ? theirs : mine, flag != null,
                    ClaimIndex.closeness(keys.vector(), vectors.get(other.id()))));
        }
        return new Comparison(compared, pairs, speakers, fingerprints);
    }

    /**
     * Stores the verdicts against the flags as they are now: a flag an editor ruled on while the judge was reading
     * is left alone, and a claim deleted meanwhile is skipped.
     */
    private List<RaisedFlag> store(long claimId, Comparison comparison, ConflictJudge.Judged judged) {
        List<Long> others = comparison.others();
        List<Verdict> verdicts = judged.verdicts();
        Map<Long, String> speakers = comparison.speakers();
        if (Claim.findById(claimId) == null) {
            return List.of();
        }
        Map<Long, PossibleConflict> leads = possible.of(claimId);
        List<PossibleConflicts.NewLead> newLeads = new ArrayList<>();
        Map<Long, Conflict> existing = storedFlagsOf(claimId).stream()
                .collect(Collectors.toMap(flag -> flag.otherThan(claimId), Function.identity()));
        List<NewFlag> added = new ArrayList<>();
        Set<Long> stillThere = Set.copyOf(ids(entityManager.createQuery("select c.id from Claim c where c.id in :ids")
                .setParameter("ids", others.isEmpty() ? List.of(-1L) : others).getResultList()));
        for (int i = 0; i < others.size(); i++) {
            long other = others.get(i);
            Verdict named = verdicts.get(i);
            Verdict verdict = new Verdict(named.conflict(), named.kind(), named.score(),
                    named.named(speakers.getOrDefault(Math.min(claimId, other), "A"),
                            speakers.getOrDefault(Math.max(claimId, other), "B")), named.reversal());
            Conflict flag = existing.get(other);
            PossibleConflict lead = leads.get(other);
            if (!stillThere.contains(other) || flag != null && !flag.status.changedByDetection()
                    || possible.decisionHolds(lead, comparison.fingerprints().get(other))) {
                continue;
            }
            possible.keep(claimId, other, lead, judged.leads().get(i), verdict.conflict() || verdict.kind() != null
                    || !Double.isNaN(comparison.pairs().get(i).closeness()), speakers, comparison.fingerprints().get(other))
                    .ifPresent(newLeads::add);
            boolean stored = verdict.conflict() || (verdict.kind() != null && verdict.kind().recordedOnly());
            if (stored && flag != null) {
                update(flag, verdict);
            } else if (stored) {
                added.add(new NewFlag(Math.min(claimId, other), Math.max(claimId, other), verdict));
            } else if (flag != null && !reviewed(flag)) {
                flag.delete();
            }
        }
        insert(added);
        possible.insert(newLeads);
        queue.done(claimId);
        entityManager.flush();
        return raised(claimId);
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    /** The flags a claim takes part in now, as claim responses show them; within the caller's transaction. */
    List<RaisedFlag> raised(long claimId) {
        return raisedForEach(List.of(claimId)).get(claimId);
    }

    /** The flags each claim takes part in now, in one query; within the caller's transaction. */
    Map<Long, List<RaisedFlag>> raisedForEach(Collection<Long> claimIds) {
        Map<Long, List<RaisedFlag>> raised = new java.util.HashMap<>();
        claimIds.forEach(id -> raised.put(id, new ArrayList<>()));
        if (claimIds.isEmpty()) {
            return raised;
        }
        List<Conflict> flags = Conflict.<Conflict>find("select f from Conflict f join fetch f.claimA a "
                + "join fetch a.speaker join fetch f.claimB b join fetch b.speaker "
                + "where a.id in ?1 or b.id in ?1 order by f.id", List.copyOf(claimIds)).list();
        for (Conflict flag : flags) {
            for (Claim side : List.of(flag.claimA, flag.claimB)) {
                List<RaisedFlag> of = raised.get(side.id);
                if (of != null) {
                    Claim other = side == flag.claimA ? flag.claimB : flag.claimA;
                    of.add(new RaisedFlag(flag.id, other.id, other.speaker.name, other.statement, flag.kind.name(),
                            flag.score, flag.explanation, flag.reversal, flag.status.name().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return raised;
    }

    /** Whether an editor has ruled on the flag, now or before a reopening; such flags are never deleted. */
    static boolean reviewed(Conflict flag) {
        return !flag.status.changedByDetection() || flag.ruled;
    }

    List<Conflict> storedFlagsOf(long claimId) {
        return Conflict.<Conflict>find("claimA.id = ?1 or claimB.id = ?1", claimId).list();
    }

    /** A claim as the detector sees it, with the topic it is filed under. */
    public record Candidate(long id, Long topicId, Statement statement, String speakerName) {

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
                        + "s.nameKey, c.proposition, c.stance, s.name, a.id from Claim c join c.article a "
                        + "join c.speaker s left join c.topic t where c.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids))
                .getResultStream()
                .map(row -> new Candidate((Long) row[0], (Long) row[1], new Statement((String) row[2],
                        (java.time.LocalDate) row[3], (String) row[4], (String) row[5],
                        (io.claimtracker.common.Stance) row[6], source((Long) row[8])), (String) row[7]))
                .toList();
    }

    private static Statement statementOf(Claim claim) {
        return new Statement(claim.statement,
                claim.article.publishedOn != null ? claim.article.publishedOn : claim.saidOn,
                claim.speaker.nameKey, claim.proposition, claim.stance, source(claim.article.id));
    }

    /** The source a stored claim was said in: its article. */
    private static String source(long articleId) {
        return "article:" + articleId;
    }

    private static void update(Conflict flag, Verdict verdict) {
        flag.status = ConflictStatus.forDetected(verdict);
        flag.kind = verdict.kind();
        flag.score = verdict.score();
        flag.explanation = Conflict.fitted(verdict.explanation());
        flag.reversal = verdict.reversal();
        flag.detectorVersion = JudgeSettings.VERSION;
        flag.updatedAt = Timestamps.now();
    }

    /** A flag to raise between two claims, the lower id first. */
    private record NewFlag(long firstId, long secondId, Verdict verdict) {
    }

    /** Raises the new flags in one statement; a pair flagged meanwhile by another check is left as it is. */
    private void insert(List<NewFlag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        jakarta.persistence.Query insert = entityManager.createNativeQuery("INSERT INTO conflict (claim_a_id, "
                + "claim_b_id, kind, score, explanation, reversal, status, detector_version, detected_at, updated_at, "
                + "version, topic_a_id, topic_b_id) VALUES " + ClaimIndex.rows(flags.size(), 11, first ->
                ", (SELECT topic_id FROM claim WHERE id = ?" + first + "), (SELECT topic_id FROM claim WHERE id = ?"
                        + (first + 1) + ")")
                + " ON DUPLICATE KEY UPDATE id = id");
        java.time.Instant now = Timestamps.now();
        for (int i = 0; i < flags.size(); i++) {
            NewFlag flag = flags.get(i);
            Verdict verdict = flag.verdict();
            Object[] values = {flag.firstId(), flag.secondId(), verdict.kind().name(), verdict.score(),
                    Conflict.fitted(verdict.explanation()), verdict.reversal(), ConflictStatus.forDetected(verdict).name(),
                    JudgeSettings.VERSION, now, now, 0};
            ClaimIndex.bindRow(insert, i, values);
        }
        insert.executeUpdate();
    }
}
