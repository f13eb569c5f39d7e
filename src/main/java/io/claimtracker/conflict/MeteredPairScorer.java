package io.claimtracker.conflict;

import io.claimtracker.conflict.model.NliScores;
import io.claimtracker.conflict.model.PairScorer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.List;

/** The contradiction model with its inference time and the number of statement pairs it read on /q/metrics. */
final class MeteredPairScorer implements PairScorer {

    private final PairScorer model;
    private final Timer inference;
    private final Counter read;

    MeteredPairScorer(PairScorer model, MeterRegistry metrics) {
        this.model = model;
        this.inference = Timer.builder("claimtracker.model.inference").tag("model", "contradiction")
                .description("time the contradiction model spent on one call").register(metrics);
        this.read = Counter.builder("claimtracker.model.inputs").tag("model", "contradiction")
                .description("statement pairs read by the contradiction model (each order counts)").register(metrics);
    }

    @Override
    public List<NliScores> score(List<TextPair> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<NliScores> scores = inference.record(() -> model.score(pairs));
        read.increment(pairs.size());
        return scores;
    }

    @Override
    public String version() {
        return model.version();
    }
}
