package io.claimtracker.conflict.candidate;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantised), run in-process from its Maven artifact; nothing is downloaded. Each statement is
 * embedded on the caller's thread, so a background check's embeddings run at that thread's priority.
 */
public final class MiniLmEmbedder implements Embedder {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String sentence) {
        return model.embed(sentence).content().vector();
    }
}
