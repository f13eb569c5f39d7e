package io.claimtracker.review;

import io.claimtracker.conflict.DismissReason;
import io.claimtracker.conflict.detect.ConflictKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far a desk's rulings bear out each kind of flag over a recent window: of the flags ruled on in it (each by its
 * latest ruling there), how many were confirmed or resolved against dismissed, why they were dismissed, and what
 * editors did with the pairs worth a look; so a desk sees which kinds to trust.
 */
@ApplicationScoped
public class DeskTrust {

    /** The window a desk looks back over unless it asks for another. */
    public static final Duration WINDOW = Duration.ofDays(30);

    @Inject
    EntityManager entityManager;

    /** One kind's rulings in the window; {@code dismissedFor} counts dismissals by reason. */
    public record KindRulings(ConflictKind kind, long confirmed, long dismissed, Map<DismissReason, Long> dismissedFor) {

        public long ruled() {
            return confirmed + dismissed;
        }

        /** The share of ruled flags an editor bore out, from 0 to 1; 0 when none was ruled. */
        public double confirmedShare() {
            return ruled() == 0 ? 0 : (double) confirmed / ruled();
        }
    }

    /** What editors did with pairs worth a look of one kind ("close in meaning" when the kind is null). */
    public record LookDecisions(String kind, long raised, long wavedOff) {
    }

    /** The desk's record since {@code since}: flags by kind, most ruled first, and the second tier's decisions. */
    public record Report(Instant since, List<KindRulings> kinds, List<LookDecisions> worthALook) {
    }

    @Transactional
    public Report since(Instant since) {
        Map<ConflictKind, long[]> outcomes = new EnumMap<>(ConflictKind.class);
        Map<ConflictKind, Map<DismissReason, Long>> reasons = new EnumMap<>(ConflictKind.class);
        List<?> rows = entityManager.createNativeQuery("SELECT c.kind, d.action, d.reason, COUNT(*) "
                        + "FROM conflict_decision d JOIN conflict c ON c.id = d.conflict_id "
                        + "WHERE d.id IN (SELECT MAX(id) FROM conflict_decision WHERE decided_at >= ?1 "
                        + "GROUP BY conflict_id) GROUP BY c.kind, d.action, d.reason")
                .setParameter(1, since).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            ConflictKind kind = io.claimtracker.common.Enums.parse(ConflictKind.class, (String) columns[0]).orElse(null);
            String action = (String) columns[1];
            long count = ((Number) columns[3]).longValue();
            if (kind == null || "REOPEN".equals(action)) {
                continue;
            }
            long[] tally = outcomes.computeIfAbsent(kind, k -> new long[2]);
            if ("DISMISS".equals(action)) {
                tally[1] += count;
                DismissReason reason = io.claimtracker.common.Enums.parse(DismissReason.class, (String) columns[2])
                        .orElse(DismissReason.OTHER);
                reasons.computeIfAbsent(kind, k -> new EnumMap<>(DismissReason.class)).merge(reason, count, Long::sum);
            } else {
                tally[0] += count;
            }
        }
        List<KindRulings> kinds = new ArrayList<>();
        outcomes.forEach((kind, tally) -> kinds.add(new KindRulings(kind, tally[0], tally[1],
                reasons.getOrDefault(kind, Map.of()))));
        kinds.sort(java.util.Comparator.comparingLong(KindRulings::ruled).reversed()
                .thenComparing(KindRulings::kind));
        return new Report(since, kinds, lookDecisions(since));
    }

    private List<LookDecisions> lookDecisions(Instant since) {
        Map<String, long[]> tallies = new TreeMap<>();
        List<?> rows = entityManager.createNativeQuery("SELECT kind, status, COUNT(*) FROM possible_conflict "
                        + "WHERE status <> 'SHOWN' AND decided_at >= ?1 GROUP BY kind, status")
                .setParameter(1, since).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String kind = columns[0] == null ? "close in meaning"
                    : ((String) columns[0]).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            long[] tally = tallies.computeIfAbsent(kind, k -> new long[2]);
            tally["RAISED".equals(columns[1]) ? 0 : 1] += ((Number) columns[2]).longValue();
        }
        List<LookDecisions> decisions = new ArrayList<>();
        tallies.forEach((kind, tally) -> decisions.add(new LookDecisions(kind, tally[0], tally[1])));
        return decisions;
    }
}
