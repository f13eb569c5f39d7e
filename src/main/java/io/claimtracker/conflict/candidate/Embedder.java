package io.claimtracker.conflict.candidate;

import java.util.List;

/** Turns a sentence into a unit-length vector whose dot products measure semantic similarity. */
public interface Embedder {

    float[] embed(String sentence);

    /** One vector per sentence, in order; implementations may run the model once for all of them. */
    default List<float[]> embedAll(List<String> sentences) {
        return sentences.stream().map(this::embed).toList();
    }
}
