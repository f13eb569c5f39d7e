package io.claimtracker.conflict;

import io.claimtracker.conflict.candidate.Embedder;
import io.claimtracker.conflict.candidate.EntityKeys;
import io.claimtracker.conflict.candidate.Signatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import jakarta.persistence.Query;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.HashMap;
import java.util.Map;

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

    /**
     * The keys a claim is found by, and its statement's embedding quantised to a byte per dimension (what
     * {@link #closeness} compares); computing them embeds the statement.
     */
    public record Keys(Set<String> entities, int[] buckets, byte[] vector) {
    }

    /** The cosine of two quantised unit vectors, within about a hundredth of the exact one. */
    public static double closeness(byte[] first, byte[] second) {
        if (first == null || second == null || first.length != second.length) {
            return Double.NaN;
        }
        long dot = 0;
        long firstNorm = 0;
        long secondNorm = 0;
        for (int i = 0; i < first.length; i++) {
            dot += first[i] * second[i];
            firstNorm += first[i] * first[i];
            secondNorm += second[i] * second[i];
        }
        return firstNorm == 0 || secondNorm == 0 ? Double.NaN : dot / Math.sqrt((double) firstNorm * secondNorm);
    }

    public static byte[] quantised(float[] vector) {
        byte[] bytes = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            bytes[i] = (byte) Math.max(-127, Math.min(127, Math.round(vector[i] * 127)));
        }
        return bytes;
    }

    /** The stored vectors of the given claims; claims checked before vectors were kept have none. */
    public Map<Long, byte[]> vectorsOf(java.util.Collection<Long> claimIds) {
        Map<Long, byte[]> vectors = new HashMap<>();
        if (claimIds.isEmpty()) {
            return vectors;
        }
        List<?> rows = entityManager.createNativeQuery("SELECT claim_id, vector FROM claim_vector WHERE claim_id IN (?1)")
                .setParameter(1, List.copyOf(claimIds)).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            vectors.put(((Number) columns[0]).longValue(), (byte[]) columns[1]);
        }
        return vectors;
    }

    /**
     * The keys of each claim that still exists: the texts are read in a short transaction of their own and the
     * statements embedded afterwards, with no connection held.
     */
    public Map<Long, Keys> keysOfEach(List<Long> claimIds) {
        List<Object[]> texts = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select c.id, c.statement, c.quoteExact from Claim c where c.id in :ids", Object[].class)
                .setParameter("ids", claimIds.isEmpty() ? List.of(-1L) : claimIds).getResultList());
        Map<Long, Keys> keys = new HashMap<>();
        for (Object[] row : texts) {
            Set<String> entities = new LinkedHashSet<>(EntityKeys.of((String) row[1]));
            entities.addAll(EntityKeys.of((String) row[2]));
            float[] vector = embedder.embed((String) row[1]);
            keys.put((Long) row[0], new Keys(entities, signatures.of(vector), quantised(vector)));
        }
        return keys;
    }

    /** Replaces the claim's stored keys, in one statement per table; runs inside the caller's transaction. */
    public void store(long claimId, Keys keys) {
        entityManager.createNativeQuery("DELETE FROM claim_entity WHERE claim_id = ?1").setParameter(1, claimId)
                .executeUpdate();
        entityManager.createNativeQuery("DELETE FROM claim_signature WHERE claim_id = ?1").setParameter(1, claimId)
                .executeUpdate();
        entityManager.createNativeQuery("DELETE FROM claim_vector WHERE claim_id = ?1").setParameter(1, claimId)
                .executeUpdate();
        if (keys.vector() != null) {
            entityManager.createNativeQuery("INSERT INTO claim_vector (claim_id, vector) VALUES (?1, ?2)")
                    .setParameter(1, claimId).setParameter(2, keys.vector()).executeUpdate();
        }
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

    /** Binds the values of row {@code row} of a statement written with {@link #rows}, all rows as wide as this. */
    static void bindRow(Query query, int row, Object[] values) {
        for (int column = 0; column < values.length; column++) {
            query.setParameter(row * values.length + column + 1, values[column]);
        }
    }

    /** {@code count} rows of {@code width} numbered parameters: "(?1, ?2), (?3, ?4)". */
    static String rows(int count, int width) {
        return rows(count, width, first -> "");
    }

    /**
     * {@code count} rows of {@code width} numbered parameters, each row ending with the columns {@code more} writes
     * for the number of its first parameter.
     */
    static String rows(int count, int width, java.util.function.IntFunction<String> more) {
        StringBuilder sql = new StringBuilder();
        for (int row = 0; row < count; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 1; column <= width; column++) {
                sql.append(column == 1 ? "?" : ", ?").append(row * width + column);
            }
            sql.append(more.apply(row * width + 1)).append(')');
        }
        return sql.toString();
    }
}
