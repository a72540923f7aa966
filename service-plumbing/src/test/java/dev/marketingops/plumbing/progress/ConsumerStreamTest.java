package dev.marketingops.plumbing.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The stall clock runs only while a stream holds work: an idle stream (nothing to consume, no broker) never stalls. */
class ConsumerStreamTest {

    private final AtomicLong now = new AtomicLong();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ConsumerProgress progress = new ConsumerProgress(registry, Duration.ofSeconds(60), now::get);

    @Test
    void holdingWorkPastTheLimitIsAStallAndFinishingItEndsTheStall() {
        ConsumerStream stream = progress.register("c");
        stream.working();
        advance(59);
        stream.working(); // a retry of the same work keeps the clock running
        assertThat(stream.stalled()).isFalse();
        advance(1);
        assertThat(stream.stalled()).isTrue();
        assertThat(registry.get("marketingops.consumer.stalled").tag("consumer", "c").gauge().value()).isEqualTo(1.0);
        assertThat(registry.get("marketingops.consumer.waiting").tag("consumer", "c").gauge().value()).isEqualTo(60.0);

        stream.progressed();
        assertThat(stream.stalled()).isFalse();
        assertThat(stream.lastProgress()).isNotNull();
        assertThat(registry.get("marketingops.consumer.stalled").tag("consumer", "c").gauge().value()).isZero();
    }

    @Test
    void anIdleStreamNeverStallsHoweverLongNothingArrives() {
        ConsumerStream stream = progress.register("idle");
        stream.working();
        stream.progressed();
        advance(3_600);
        assertThat(stream.stalled()).isFalse();
        stream.working();
        stream.idle(); // e.g. the work was handed back on shutdown or rebalance
        advance(3_600);
        assertThat(stream.stalled()).isFalse();
        assertThat(stream.waiting()).isZero();
    }

    @Test
    void whatHoldsTheWorkUpIsKnownOnlyWhileItIsHeld() {
        ConsumerStream stream = progress.register("held");
        stream.working();
        advance(30);
        stream.heldUp("dead letter to t.dlq refused");
        advance(30);
        assertThat(stream.stalled()).as("the clock started with the work, not with the hold-up").isTrue();
        assertThat(stream.holdUp()).isEqualTo("dead letter to t.dlq refused");
        stream.heldUp(null);
        assertThat(stream.holdUp()).isNull();
        stream.heldUp("again");
        stream.progressed();
        assertThat(stream.holdUp()).isNull();
        stream.heldUp("once more");
        stream.idle();
        stream.working();
        assertThat(stream.holdUp()).isNull();
    }

    @Test
    void theSameNameIsTheSameStream() {
        assertThat(progress.register("x")).isSameAs(progress.register("x"));
        assertThat(progress.streams()).extracting(ConsumerStream::name).containsExactly("x");
    }

    private void advance(long seconds) {
        now.addAndGet(Duration.ofSeconds(seconds).toNanos());
    }
}
