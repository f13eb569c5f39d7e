package io.claimtracker.conflict.candidate;

import java.util.Random;

/**
 * Locality-sensitive hashing of embeddings with random hyperplanes: a vector gets one bucket number per band,
 * each made of {@code bits} signs. Similar sentences share buckets in some band with high probability, so
 * candidates are found by index look-ups instead of comparing against every stored claim.
 */
public final class Signatures {

    public static final int BANDS = 24;
    public static final int BITS = 8;
    private static final long SEED = 20160919L;

    private final float[][] planes;

    public Signatures(int dimensions) {
        Random random = new Random(SEED);
        planes = new float[BANDS * BITS][dimensions];
        for (float[] plane : planes) {
            for (int i = 0; i < dimensions; i++) {
                plane[i] = (float) random.nextGaussian();
            }
        }
    }

    /** One bucket per band. */
    public int[] of(float[] vector) {
        int[] buckets = new int[BANDS];
        for (int band = 0; band < BANDS; band++) {
            int bucket = 0;
            for (int bit = 0; bit < BITS; bit++) {
                float[] plane = planes[band * BITS + bit];
                double dot = 0;
                for (int i = 0; i < vector.length; i++) {
                    dot += plane[i] * vector[i];
                }
                bucket = (bucket << 1) | (dot >= 0 ? 1 : 0);
            }
            buckets[band] = bucket;
        }
        return buckets;
    }
}
