package io.claimtracker.conflict.model;

import java.util.List;

/** Scores statement pairs for contradiction; implementations are safe to share between threads. */
public interface PairScorer {

    /** One result per pair, in order. */
    List<NliScores> score(List<TextPair> pairs);

    /** Stored with every flag the model took part in. */
    String version();

    /** Two statements to compare. */
    record TextPair(String first, String second) {
    }
}
