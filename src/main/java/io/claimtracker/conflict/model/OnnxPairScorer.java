package io.claimtracker.conflict.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contradiction model trained for Claim Tracker (a MiniLM-L6 cross-encoder, see docs/model-card.md), run
 * in-process with ONNX Runtime and tokenised with the all-MiniLM-L6-v2 WordPiece vocabulary it was trained with.
 */
public final class OnnxPairScorer implements PairScorer, AutoCloseable {

    public static final String MODEL_RESOURCE = "/models/contradiction-minilm.onnx";
    public static final String VERSION = "nli-minilm-1-token";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int MAX_TOKENS = 128;
    /** Pairs scored in one run of the model; longer lists are split so padding stays small. */
    private static final int BATCH = 32;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    private OnnxPairScorer(byte[] model, HuggingFaceTokenizer tokenizer, int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.addConfigEntry("session.disable_quant_qdq", "1");
        this.session = environment.createSession(model, options);
        this.tokenizer = tokenizer;
    }

    /** Loads the shipped model from the classpath; {@code threads} bounds the cores one scoring call uses. */
    public static OnnxPairScorer load(int threads) {
        try (InputStream model = resource(MODEL_RESOURCE); InputStream vocabulary = resource(TOKENIZER_RESOURCE)) {
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of(
                    "truncation", "longest_first", "maxLength", Integer.toString(MAX_TOKENS), "padding", "false",
                    "addSpecialTokens", "true", "modelMaxLength", Integer.toString(MAX_TOKENS)));
            return new OnnxPairScorer(model.readAllBytes(), tokenizer, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("The contradiction model could not be read", e);
        } catch (OrtException e) {
            throw new IllegalStateException("The contradiction model could not be loaded: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream stream = OnnxPairScorer.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return stream;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<NliScores> score(List<TextPair> pairs) {
        List<NliScores> scores = new ArrayList<>(pairs.size());
        for (int start = 0; start < pairs.size(); start += BATCH) {
            scores.addAll(batch(pairs.subList(start, Math.min(pairs.size(), start + BATCH))));
        }
        return scores;
    }

    private List<NliScores> batch(List<TextPair> pairs) {
        List<Encoding> encodings = new ArrayList<>(pairs.size());
        int width = 0;
        for (TextPair pair : pairs) {
            Encoding encoding = tokenizer.encode(pair.first(), pair.second());
            encodings.add(encoding);
            width = Math.max(width, encoding.getIds().length);
        }
        long[] ids = new long[pairs.size() * width];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        for (int row = 0; row < encodings.size(); row++) {
            Encoding encoding = encodings.get(row);
            long[] rowIds = encoding.getIds();
            long[] rowTypes = encoding.getTypeIds();
            for (int i = 0; i < rowIds.length; i++) {
                ids[row * width + i] = rowIds[i];
                types[row * width + i] = rowTypes[i];
                mask[row * width + i] = 1;
            }
        }
        long[] shape = {pairs.size(), width};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            float[][] logits = (float[][]) result.get(0).getValue();
            List<NliScores> scores = new ArrayList<>(logits.length);
            for (float[] row : logits) {
                scores.add(NliScores.fromLogits(row));
            }
            return scores;
        } catch (OrtException e) {
            throw new IllegalStateException("The contradiction model failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
