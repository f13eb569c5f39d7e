package io.claimtracker.conflict;

import io.claimtracker.conflict.model.NliScores;
import io.claimtracker.conflict.model.PairScorer;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.List;

/** The contradiction model with its inference time and the number of statement pairs it read on /q/metrics. */
final class MeteredPairScorer implements PairScorer {

    private final PairScorer model;
    private final ModelMeter meter;

    MeteredPairScorer(PairScorer model, MeterRegistry metrics) {
        this.model = model;
        this.meter = new ModelMeter(metrics, "contradiction");
    }

    @Override
    public List<NliScores> score(List<TextPair> pairs) {
        return pairs.isEmpty() ? List.of() : meter.measure(pairs.size(), () -> model.score(pairs));
    }

    @Override
    public String version() {
        return model.version();
    }
}
