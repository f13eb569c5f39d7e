package io.claimtracker.conflict;

import io.claimtracker.conflict.candidate.Embedder;
import io.claimtracker.conflict.candidate.MiniLmEmbedder;
import io.claimtracker.conflict.candidate.Signatures;
import io.claimtracker.conflict.detect.ConflictDetector;
import io.claimtracker.conflict.detect.WordNetSenses;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java detection pieces available for injection, each created once. */
public class DetectionBeans {

    private static final int MINILM_DIMENSIONS = 384;

    @Produces
    @Singleton
    ConflictDetector detector() {
        return new ConflictDetector(WordNetSenses.load());
    }

    @Produces
    @Singleton
    Embedder embedder() {
        return new MiniLmEmbedder();
    }

    @Produces
    @Singleton
    Signatures signatures() {
        return new Signatures(MINILM_DIMENSIONS);
    }
}
