package io.claimtracker.conflict;

import io.claimtracker.conflict.candidate.Embedder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.List;

/** The embedding model with its inference time and the number of statements it embedded on /q/metrics. */
final class MeteredEmbedder implements Embedder {

    private final Embedder model;
    private final Timer inference;
    private final Counter read;

    MeteredEmbedder(Embedder model, MeterRegistry metrics) {
        this.model = model;
        this.inference = Timer.builder("claimtracker.model.inference").tag("model", "embedding")
                .description("time the embedding model spent on one call").register(metrics);
        this.read = Counter.builder("claimtracker.model.inputs").tag("model", "embedding")
                .description("statements embedded").register(metrics);
    }

    @Override
    public float[] embed(String sentence) {
        float[] vector = inference.record(() -> model.embed(sentence));
        read.increment();
        return vector;
    }

    @Override
    public List<float[]> embedAll(List<String> sentences) {
        List<float[]> vectors = inference.record(() -> model.embedAll(sentences));
        read.increment(sentences.size());
        return vectors;
    }
}
