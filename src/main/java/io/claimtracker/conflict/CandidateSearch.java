package io.claimtracker.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the claims worth comparing with one claim through bounded index look-ups only: the nearest older and
 * newer claims of the same topic, and, per entity key and per LSH band, the nearest older and newer claims sharing
 * it. Claims matched by more keys or bands rank first. The work is capped per look-up, so it does not grow with the
 * number of claims, and does not depend on when the check runs.
 */
@ApplicationScoped
public class CandidateSearch {

    static final int PER_SOURCE = 100;
    static final int PER_KEY = 50;

    @Inject
    EntityManager entityManager;

    public Set<Long> candidatesFor(long claimId, Long topicId, ClaimIndex.Keys keys) {
        Set<Long> found = new LinkedHashSet<>();
        for (Side side : Side.values()) {
            found.addAll(candidates(claimId, topicId, keys, side));
        }
        return found;
    }

    /**
     * Older claims are what the claim's check meets when it runs at once; newer ones are those whose own checks may
     * have run before this claim was committed (a deferred or concurrent check). Searching both, each bounded the
     * same way, finds the same pairs whenever a check runs.
     */
    private enum Side {
        OLDER("<", "DESC"), NEWER(">", "ASC");

        final String comparison;
        final String order;

        Side(String comparison, String order) {
            this.comparison = comparison;
            this.order = order;
        }
    }

    private Set<Long> candidates(long claimId, Long topicId, ClaimIndex.Keys keys, Side side) {
        Set<Long> found = new LinkedHashSet<>();
        if (topicId != null) {
            found.addAll(entityManager.createQuery("select c.id from Claim c where c.topic.id = :topic and c.id "
                            + side.comparison + " :claim order by c.id " + side.order, Long.class)
                    .setParameter("topic", topicId).setParameter("claim", claimId).setMaxResults(PER_SOURCE)
                    .getResultList());
        }
        List<String> entities = List.copyOf(keys.entities());
        if (!entities.isEmpty()) {
            Query query = entityManager.createNativeQuery(union(entities.size(), side, claimId,
                    i -> "SELECT claim_id FROM claim_entity WHERE entity_key = ?" + (i + 1)));
            for (int i = 0; i < entities.size(); i++) {
                query.setParameter(i + 1, entities.get(i));
            }
            found.addAll(best(ids(query.getResultList()), claimId, side));
        }
        int[] buckets = keys.buckets();
        found.addAll(best(ids(entityManager.createNativeQuery(union(buckets.length, side, claimId,
                band -> "SELECT claim_id FROM claim_signature WHERE band = " + band + " AND bucket = " + buckets[band]))
                .getResultList()), claimId, side));
        return found;
    }

    /** The nearest PER_KEY ids on one side of the claim for each look-up, in one statement. */
    private static String union(int parts, Side side, long claimId, java.util.function.IntFunction<String> lookUp) {
        return java.util.stream.IntStream.range(0, parts)
                .mapToObj(i -> "(" + lookUp.apply(i) + " AND claim_id " + side.comparison + " " + claimId
                        + " ORDER BY claim_id " + side.order + " LIMIT " + PER_KEY + ")")
                .collect(Collectors.joining(" UNION ALL "));
    }

    /** The ids matched most often, nearest to the claim first among equals, at most PER_SOURCE. */
    private static List<Long> best(List<Long> matches, long claimId, Side side) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Long id : matches) {
            if (id != claimId) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        Comparator<Long> nearest = side == Side.OLDER ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(nearest)))
                .limit(PER_SOURCE)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }
}
