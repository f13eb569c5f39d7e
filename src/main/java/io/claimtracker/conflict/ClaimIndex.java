package io.claimtracker.conflict;

import io.claimtracker.claim.Claim;
import io.claimtracker.conflict.candidate.Embedder;
import io.claimtracker.conflict.candidate.EntityKeys;
import io.claimtracker.conflict.candidate.Signatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import jakarta.persistence.Query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Keeps a claim's candidate keys up to date: the entities it names and the LSH buckets of its statement. */
@ApplicationScoped
public class ClaimIndex {

    @Inject
    EntityManager entityManager;

    @Inject
    Embedder embedder;

    @Inject
    Signatures signatures;

    /** The keys a claim is found by; computing them embeds the statement. */
    public record Keys(Set<String> entities, int[] buckets) {
    }

    public Keys keysOf(Claim claim) {
        Set<String> entities = new LinkedHashSet<>(EntityKeys.of(claim.statement));
        entities.addAll(EntityKeys.of(claim.quoteExact));
        return new Keys(entities, signatures.of(embedder.embed(claim.statement)));
    }

    /** Replaces the claim's stored keys, in one statement per table; runs inside the caller's transaction. */
    public void store(long claimId, Keys keys) {
        entityManager.createNativeQuery("DELETE FROM claim_entity WHERE claim_id = ?1").setParameter(1, claimId)
                .executeUpdate();
        entityManager.createNativeQuery("DELETE FROM claim_signature WHERE claim_id = ?1").setParameter(1, claimId)
                .executeUpdate();
        List<String> entities = List.copyOf(keys.entities());
        if (!entities.isEmpty()) {
            Query insert = entityManager.createNativeQuery("INSERT INTO claim_entity (claim_id, entity_key) VALUES "
                    + rows(entities.size(), 2) + " ON DUPLICATE KEY UPDATE entity_key = entity_key");
            for (int i = 0; i < entities.size(); i++) {
                insert.setParameter(2 * i + 1, claimId).setParameter(2 * i + 2, entities.get(i));
            }
            insert.executeUpdate();
        }
        int[] buckets = keys.buckets();
        if (buckets.length > 0) {
            Query insert = entityManager.createNativeQuery("INSERT INTO claim_signature (claim_id, band, bucket) VALUES "
                    + rows(buckets.length, 3));
            for (int band = 0; band < buckets.length; band++) {
                insert.setParameter(3 * band + 1, claimId).setParameter(3 * band + 2, band)
                        .setParameter(3 * band + 3, buckets[band]);
            }
            insert.executeUpdate();
        }
    }

    /** {@code count} rows of {@code width} numbered parameters: "(?1, ?2), (?3, ?4)". */
    static String rows(int count, int width) {
        StringBuilder sql = new StringBuilder();
        for (int row = 0; row < count; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 1; column <= width; column++) {
                sql.append(column == 1 ? "?" : ", ?").append(row * width + column);
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
