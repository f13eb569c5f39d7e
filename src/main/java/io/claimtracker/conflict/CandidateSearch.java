package io.claimtracker.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds the claims worth comparing with one claim through indexes only: claims of the same topic, claims naming
 * the same entities, and claims whose statements fall in the same LSH buckets. Each source is capped, so the
 * cost does not grow with the number of stored claims.
 */
@ApplicationScoped
public class CandidateSearch {

    static final int PER_SOURCE = 100;

    @Inject
    EntityManager entityManager;

    public Set<Long> candidatesFor(long claimId, Long topicId, ClaimIndex.Keys keys) {
        Set<Long> found = new LinkedHashSet<>();
        if (topicId != null) {
            found.addAll(ids(entityManager.createNativeQuery("SELECT id FROM claim WHERE topic_id = ?1 AND id <> ?2 "
                    + "ORDER BY id DESC LIMIT " + PER_SOURCE).setParameter(1, topicId).setParameter(2, claimId)
                    .getResultList()));
        }
        if (!keys.entities().isEmpty()) {
            found.addAll(ids(entityManager.createNativeQuery("SELECT claim_id FROM claim_entity WHERE entity_key IN (?1) "
                            + "AND claim_id <> ?2 GROUP BY claim_id ORDER BY COUNT(*) DESC, claim_id DESC LIMIT "
                            + PER_SOURCE)
                    .setParameter(1, List.copyOf(keys.entities())).setParameter(2, claimId).getResultList()));
        }
        String buckets = IntStream.range(0, keys.buckets().length)
                .mapToObj(band -> "(band = " + band + " AND bucket = " + keys.buckets()[band] + ")")
                .collect(Collectors.joining(" OR "));
        found.addAll(ids(entityManager.createNativeQuery("SELECT claim_id FROM claim_signature WHERE (" + buckets
                        + ") AND claim_id <> ?1 GROUP BY claim_id ORDER BY COUNT(*) DESC, claim_id DESC LIMIT "
                        + PER_SOURCE)
                .setParameter(1, claimId).getResultList()));
        return found;
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }
}
