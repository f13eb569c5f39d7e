package io.claimtracker.conflict.candidate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves that entity keys and LSH signatures find what they should, without a database or a model. */
class CandidateKeysTest {

    @Test
    void entityKeysAreNamesAndAcronymsWithoutSentenceFunctionWords() {
        assertThat(EntityKeys.of("The Pentagon said Sergei Shoigu spoke about Aleppo on Monday"))
                .containsExactly("pentagon", "sergei shoigu", "aleppo");
        assertThat(EntityKeys.of("US and Russia met in Geneva")).contains("us", "russia", "geneva");
        assertThat(EntityKeys.of("no names here at all")).isEmpty();
    }

    @Test
    void identicalVectorsShareEveryBandAndOppositeOnesNone() {
        Signatures signatures = new Signatures(8);
        float[] vector = {0.1f, -0.4f, 0.3f, 0.2f, -0.1f, 0.5f, -0.2f, 0.6f};
        float[] opposite = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            opposite[i] = -vector[i];
        }
        assertThat(signatures.of(vector)).containsExactly(signatures.of(vector.clone()));
        int[] a = signatures.of(vector);
        int[] b = signatures.of(opposite);
        for (int band = 0; band < Signatures.BANDS; band++) {
            assertThat(a[band]).isNotEqualTo(b[band]);
        }
    }

    @Test
    void closeVectorsShareMoreBandsThanUnrelatedOnes() {
        Signatures signatures = new Signatures(384);
        Random random = new Random(7);
        float[] base = randomUnit(random);
        float[] near = base.clone();
        for (int i = 0; i < near.length; i++) {
            near[i] += 0.2f * (float) random.nextGaussian() / (float) Math.sqrt(near.length);
        }
        float[] unrelated = randomUnit(random);

        assertThat(sharedBands(signatures.of(base), signatures.of(near)))
                .isGreaterThan(sharedBands(signatures.of(base), signatures.of(unrelated)));
    }

    private static int sharedBands(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0; i < a.length; i++) {
            shared += a[i] == b[i] ? 1 : 0;
        }
        return shared;
    }

    private static float[] randomUnit(Random random) {
        float[] vector = new float[384];
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }
}
