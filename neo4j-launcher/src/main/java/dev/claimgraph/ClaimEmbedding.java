package dev.claimgraph;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

/**
 * {@code claimgraph.embed(text)}: the sentence embedding of a text (384 floats, unit length),
 * for matchClaims (docs/matching.md). The model, all-MiniLM-L6-v2, ships inside the
 * LangChain4j jar from Maven Central and runs in this JVM through ONNX Runtime; nothing is
 * downloaded at run time. It loads on the first call (about a second), then stays.
 */
public final class ClaimEmbedding {

    /** Neo4j's full-text and vector work runs on this JVM's threads; the model is thread-safe. */
    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2EmbeddingModel();
    }

    @UserFunction("claimgraph.embed")
    @Description("claimgraph.embed(text) - the all-MiniLM-L6-v2 sentence embedding of text (384 floats); null for null or blank text")
    public List<Double> embed(@Name("text") String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        float[] vector = Holder.MODEL.embed(text).content().vector();
        List<Double> out = new ArrayList<>(vector.length);
        for (float f : vector) {
            out.add((double) f);
        }
        return out;
    }
}
