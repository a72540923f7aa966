package dev.marketingops.plumbing.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/** One consumer stream's progress: whether it holds work, since when, and when it last finished some. */
public final class ConsumerStream {

    private final String name;
    private final Duration stallAfter;
    private final LongSupplier nanos;
    private volatile boolean holding;
    private volatile long movedAtNanos;
    private volatile Instant lastProgress;
    private volatile String holdUp;

    ConsumerStream(String name, Duration stallAfter, LongSupplier nanos) {
        this.name = name;
        this.stallAfter = stallAfter;
        this.nanos = nanos;
        this.movedAtNanos = nanos.getAsLong();
    }

    public String name() {
        return name;
    }

    /**
     * Work is in hand (a record, a batch). The stall clock starts unless work was already held; calling it again for
     * a retry of the same work keeps the clock running.
     */
    public void working() {
        if (!holding) {
            movedAtNanos = nanos.getAsLong();
            holding = true;
        }
    }

    /**
     * Work is in hand, as {@link #working()}, and {@code cause} holds it up (a dead-letter topic that refuses the
     * letter): readiness names it beside the stall. Null: nothing in particular holds it up any more.
     */
    public void heldUp(String cause) {
        working();
        holdUp = cause;
    }

    /** The work in hand is finished (applied, skipped as a duplicate, or dead-lettered): the stream moved. */
    public void progressed() {
        movedAtNanos = nanos.getAsLong();
        lastProgress = Instant.now();
        holding = false;
        holdUp = null;
    }

    /** No work in hand without finishing any (nothing to consume, the broker is away, the stream stopped). */
    public void idle() {
        holding = false;
        holdUp = null;
    }

    /** What holds the work in hand up, when known ({@link #heldUp}); null otherwise. */
    public String holdUp() {
        return holding ? holdUp : null;
    }

    /** How long the work in hand has waited to be finished; zero when the stream holds none. */
    public Duration waiting() {
        return holding ? Duration.ofNanos(Math.max(0, nanos.getAsLong() - movedAtNanos)) : Duration.ZERO;
    }

    /** Holding work that has not been finished within the stall limit. An idle stream is never stalled. */
    public boolean stalled() {
        return holding && waiting().compareTo(stallAfter) >= 0;
    }

    /** When the stream last finished a unit of work, or null if it never did since the service started. */
    public Instant lastProgress() {
        return lastProgress;
    }
}
