package io.claimtracker.conflict;

import io.claimtracker.conflict.candidate.Embedder;
import io.micrometer.core.instrument.MeterRegistry;

/** The embedding model with its inference time and the number of statements it embedded on /q/metrics. */
final class MeteredEmbedder implements Embedder {

    private final Embedder model;
    private final ModelMeter meter;

    MeteredEmbedder(Embedder model, MeterRegistry metrics) {
        this.model = model;
        this.meter = new ModelMeter(metrics, "embedding");
    }

    @Override
    public float[] embed(String sentence) {
        return meter.measure(1, () -> model.embed(sentence));
    }
}
