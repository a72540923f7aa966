package dev.marketingops.console.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Starts a page's reads of different services at once, so the page waits for the slowest service instead of their
 * sum. The executor propagates the request's context, so each call still carries the signed-in person's token.
 */
@ApplicationScoped
public class ConcurrentReads {

    private final ManagedExecutor executor;

    public ConcurrentReads(ManagedExecutor executor) {
        this.executor = executor;
    }

    public <T> Read<T> start(Supplier<T> call) {
        return new Read<>(executor.supplyAsync(call));
    }

    /** A read under way; {@link #get()} answers it or throws what the call threw (e.g. the service's problem). */
    public record Read<T>(CompletableFuture<T> future) {

        public T get() {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        }
    }
}
