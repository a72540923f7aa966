package dev.marketingops.plumbing.inbox;

import dev.marketingops.plumbing.TransientFailures;
import dev.marketingops.plumbing.deadletter.DeadLetters;
import dev.marketingops.plumbing.progress.ConsumerProgress;
import dev.marketingops.plumbing.progress.ConsumerStream;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The one path every consumer takes: decode and validate the CloudEvent, dead-letter what cannot be used, and apply
 * the rest exactly once by recording its id in the same transaction as the handler's effect.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    /** A failure that is neither transient nor a rejection gets this many tries before it is parked. */
    static final int MAX_ATTEMPTS = 3;

    private final EventDecoder decoder;
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final MeterRegistry registry;
    private final ConsumerProgress progress;
    private volatile boolean stopping;

    public EventIntake(EventDecoder decoder, Inbox inbox, DeadLetters deadLetters, MeterRegistry registry,
                       ConsumerProgress progress) {
        this.decoder = decoder;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.progress = progress;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Applies one record for {@code consumer}; returns once it is applied, recognised as a duplicate, or parked. While
     * it holds the record the consumer's stream is working, so a record retried past the stall limit, or one whose
     * dead letter its topic refuses past it, shows in readiness and in {@code marketingops_consumer_stalled}.
     */
    public void accept(ConsumerRecord<String, byte[]> record, String consumer, EventHandler handler) {
        ConsumerStream stream = progress.register(consumer);
        stream.working();
        try {
            apply(record, consumer, handler);
            stream.progressed();
        } catch (RuntimeException e) {
            // An exception that leaves here stops the channel (SmallRye fails it): left working, the stream shows as
            // stalled in readiness and marketingops_consumer_stalled, instead of "moving" while nothing moves.
            if (stopping) {
                stream.idle();
            } else {
                stream.working();
            }
            throw e;
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record, String consumer, EventHandler handler) {
        ReceivedEvent event;
        try {
            event = decoder.decode(record);
        } catch (UnusableEventException e) {
            park(record, consumer, e.reasonCode(), e.getMessage());
            return;
        }
        Duration backoff = Duration.ofMillis(100);
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event.id(), event.type())) {
                        return false;
                    }
                    handler.handle(event);
                    return true;
                });
                registry.counter("marketingops.events.consumed", "consumer", consumer,
                        "outcome", applied ? "applied" : "duplicate").increment();
                return;
            } catch (RejectedEventException e) {
                park(record, consumer, "REJECTED", e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    // Never park a good event because we are going down: unacknowledged, it is redelivered after restart.
                    throw new IllegalStateException("Service is stopping; " + event.id() + " is left for redelivery", e);
                }
                if (TransientFailures.isTransient(e)) {
                    // Waiting is right here: the event is good and the database will come back. Past the stall limit
                    // readiness and marketingops_consumer_stalled say so.
                    LOG.warnf("Transient failure applying %s for %s (attempt %d): %s", event.id(), consumer, attempt, e.getMessage());
                } else if (attempt >= MAX_ATTEMPTS) {
                    LOG.errorf(e, "Giving up on %s for %s after %d attempts", event.id(), consumer, attempt);
                    park(record, consumer, "PROCESSING_FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
                    return;
                }
                sleep(backoff);
                backoff = backoff.toMillis() < 5_000 ? backoff.multipliedBy(2) : backoff;
            }
        }
    }

    private void park(ConsumerRecord<String, byte[]> record, String consumer, String reasonCode, String reason) {
        // The record is decided: waiting for an absent broker is the broker check's to report, so the clock starts
        // again only when the dead-letter topic refuses the letter while the broker answers (DeadLetters).
        progress.register(consumer).idle();
        deadLetters.park(record, consumer, reasonCode, reason);
        registry.counter("marketingops.events.consumed", "consumer", consumer, "outcome", "dead-lettered").increment();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
