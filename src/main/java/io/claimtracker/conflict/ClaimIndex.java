package io.claimtracker.conflict;

import io.claimtracker.claim.Claim;
import io.claimtracker.conflict.candidate.Embedder;
import io.claimtracker.conflict.candidate.EntityKeys;
import io.claimtracker.conflict.candidate.Signatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashSet;
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

    /** Replaces the claim's stored keys; runs inside the caller's transaction. */
    public void store(long claimId, Keys keys) {
        entityManager.createNativeQuery("DELETE FROM claim_entity WHERE claim_id = ?1").setParameter(1, claimId)
                .executeUpdate();
        entityManager.createNativeQuery("DELETE FROM claim_signature WHERE claim_id = ?1").setParameter(1, claimId)
                .executeUpdate();
        for (String entity : keys.entities()) {
            entityManager.createNativeQuery("INSERT INTO claim_entity (claim_id, entity_key) VALUES (?1, ?2)")
                    .setParameter(1, claimId).setParameter(2, entity).executeUpdate();
        }
        for (int band = 0; band < keys.buckets().length; band++) {
            entityManager.createNativeQuery("INSERT INTO claim_signature (claim_id, band, bucket) VALUES (?1, ?2, ?3)")
                    .setParameter(1, claimId).setParameter(2, band).setParameter(3, keys.buckets()[band])
                    .executeUpdate();
        }
    }
}
