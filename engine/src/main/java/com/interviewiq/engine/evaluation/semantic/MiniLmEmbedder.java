package com.interviewiq.engine.evaluation.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions) on ONNX Runtime, in process: the model and its
 * tokenizer ship inside a Maven artifact, so it needs no network. One intra-op thread: results
 * do not depend on how the work was split (the same answer gets the same marks every time), the
 * console keeps a core for itself, and on 2 cores a sentence takes a few milliseconds anyway.
 *
 * <p>One ONNX run per text, on purpose. The cost is in the tokens (about 0.2 ms each), not the run
 * (about 1.5 ms), so batching an answer's texts padded to the longest was slower; and the model
 * quantizes its activations per tensor, so texts run together change each other's vectors (cosine
 * 0.96-0.99 against each alone, even at equal lengths), which moved agreement counts
 * (docs/BENCHMARKS.md, "Semantic evaluator").
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OrtSession session;
    private final Model model;

    private MiniLmEmbedder(OrtSession session, Model model) {
        this.session = session;
        this.model = model;
    }

    /**
     * Loads the model (about a second). {@code nativeCache} is where the tokenizer's native
     * library is unpacked (instead of ~/.djl.ai); null keeps the library's default.
     */
    public static MiniLmEmbedder load(Path nativeCache) {
        if (nativeCache != null && System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", nativeCache.toString());
        }
        System.setProperty("offline", "true"); // DJL: never try to download a library
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(resource(MODEL), options);
            try (InputStream tokenizer = stream(TOKENIZER)) {
                return new MiniLmEmbedder(session, new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN)));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model could not be loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the sentence model could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        List<TextSegment> segments = sentences.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).map(MiniLmEmbedder::unit).toList();
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = OnnxBertBiEncoder.class.getResourceAsStream(name);
        if (in == null) {
            in = MiniLmEmbedder.class.getResourceAsStream(name);
        }
        if (in == null) {
            throw new IOException(name.substring(1) + " is missing from this build");
        }
        return in;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing a session that failed is nothing to report
        }
    }

    /** langchain4j's in-process model over our own session, embedding on the calling thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
