package io.claimtracker.conflict.candidate;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** all-MiniLM-L6-v2 (quantised), run in-process from its Maven artifact; nothing is downloaded. */
public final class MiniLmEmbedder implements Embedder {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String sentence) {
        return model.embed(sentence).content().vector();
    }
}
