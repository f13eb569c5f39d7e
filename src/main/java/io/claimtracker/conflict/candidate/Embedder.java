package io.claimtracker.conflict.candidate;

/** Turns a sentence into a unit-length vector whose dot products measure semantic similarity. */
public interface Embedder {

    float[] embed(String sentence);
}
