package io.claimtracker.conflict.candidate;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.List;

/** all-MiniLM-L6-v2 (quantised), run in-process from its Maven artifact; nothing is downloaded. */
public final class MiniLmEmbedder implements Embedder {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String sentence) {
        return model.embed(sentence).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> sentences) {
        if (sentences.size() < 2) {
            return Embedder.super.embedAll(sentences);
        }
        return model.embedAll(sentences.stream().map(TextSegment::from).toList()).content().stream()
                .map(embedding -> embedding.vector()).toList();
    }
}
