package dev.marketingops.metrics.activity.app;

import dev.marketingops.metrics.activity.domain.ActivityStages;
import dev.marketingops.metrics.activity.domain.IdWindow;
import dev.marketingops.metrics.activity.domain.RollupStore;
import dev.marketingops.plumbing.TransientFailures;
import dev.marketingops.plumbing.progress.ConsumerStream;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * One activity consumer's life as a state machine ({@link StreamPhase}): gather batch N+1 while batch N commits on
 * the commit thread (one batch in flight, commits strictly in order), re-seek to the database after anything goes
 * wrong, and after a batch the database refused for its data, write that batch's records poll by poll through the
 * {@link PoisonIsolator}. Work in hand (records gathered, a batch in flight, a refused batch to re-read) keeps the
 * shared stall clock running ({@link ConsumerStream}). Each stage is timed in {@link ActivityStages}.
 */
final class ActivityLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ActivityLoop.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    /** While a batch commits and the next one gathers: short, so the next commit starts soon after. */
    private static final Duration GATHER_POLL = Duration.ofMillis(10);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final MarketingActivityConsumer owner;
    private final ActivityIntake intake;
    private final RollupStore store;
    private final ActivityConsumers consumers;
    private final PoisonIsolator isolator;
    private final ConsumerStream progress;
    private final ActivityStages stages;
    private final ActivitySettings settings;
    final ActivityWork work;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private ActivityRebalanceListener rebalance;
    private StreamPhase phase = StreamPhase.GATHERING;
    private Duration backoff = FIRST_BACKOFF;
    Thread thread;

    ActivityLoop(MarketingActivityConsumer owner, ActivityIntake intake, RollupStore store, ActivityConsumers consumers,
                 PoisonIsolator isolator, ConsumerStream progress, ActivityStages stages, ActivitySettings settings) {
        this.owner = owner;
        this.intake = intake;
        this.store = store;
        this.consumers = consumers;
        this.isolator = isolator;
        this.progress = progress;
        this.stages = stages;
        this.settings = settings;
        this.work = new ActivityWork(new IdWindow(settings.dedupHorizon(), settings.dedupMaxIds()));
    }

    @Override
    public void run() {
        try (KafkaConsumer<String, byte[]> c = consumers.create()) {
            consumer = c;
            rebalance = new ActivityRebalanceListener(c, work, intake, store, settings);
            String topic = settings.topic();
            c.subscribe(List.of(topic), rebalance);
            while (running) {
                try {
                    work.window.expire(System.currentTimeMillis());
                    phase = switch (phase) {
                        case GATHERING -> gather();
                        case COMMITTING -> gatherWhileCommitting();
                        case RESEEKING -> reseek();
                        case ISOLATING -> isolate();
                    };
                } catch (WakeupException e) {
                    // halt() woke us up; the loop condition ends it
                } catch (RuntimeException e) {
                    phase = failed(e);
                }
            }
            if (work.settle() != null) {
                work.dropGathered(); // it starts past the failed batch: read again by whoever owns the partitions next
            }
            // Closing the consumer revokes its partitions: what was gathered is written while they are still ours.
        } catch (RuntimeException | Error e) {
            LOG.error("Activity stream stopped; restart the service or call start() again", e);
        } finally {
            work.close();
            owner.ended(this);
        }
    }

    /** GATHERING: nothing in flight; whatever a poll brings is submitted at once, so light traffic waits one commit. */
    private StreamPhase gather() {
        ConsumerRecords<String, byte[]> records = poll(IDLE_POLL);
        Throwable rebalanceFailure = rebalance.takeFailure();
        if (rebalanceFailure != null) {
            return failed(rebalanceFailure); // records fetched from a position not taken from the database are dropped
        }
        if (!records.isEmpty()) {
            progress.working();
            intake.gather(records, work.gathered(), work.window, work.partitionCount, null);
        }
        if (work.gathered().isEmpty()) {
            if (caughtUp()) {
                progress.idle(); // waiting for records is never a stall
            }
            return StreamPhase.GATHERING;
        }
        return submit();
    }

    /** COMMITTING: keep gathering while the database is busy; once it is done (or the next batch is full), go on. */
    private StreamPhase gatherWhileCommitting() {
        progress.working(); // again each turn: the previous batch's commit may have just ended it
        if (work.gathered().received() < settings.maxBatchRecords()) {
            ConsumerRecords<String, byte[]> records = poll(work.gathered().isEmpty() ? IDLE_POLL : GATHER_POLL);
            Throwable rebalanceFailure = rebalance.takeFailure();
            if (rebalanceFailure != null) {
                return failed(rebalanceFailure);
            }
            if (!records.isEmpty()) {
                intake.gather(records, work.gathered(), work.window, work.partitionCount, null);
            }
            if (work.committing() && !work.commitDone()) {
                return StreamPhase.COMMITTING;
            }
        }
        long waiting = System.nanoTime();
        Throwable commitFailure = work.settle();
        stages.since("commit-wait", waiting);
        if (commitFailure != null) {
            return failed(commitFailure);
        }
        return work.gathered().isEmpty() ? StreamPhase.GATHERING : submit();
    }

    /** RESEEKING: after a pause that grows with each failure in a row, back to the stored positions and ids. */
    private StreamPhase reseek() {
        pause(backoff);
        backoff = backoff.toMillis() < 5_000 ? backoff.multipliedBy(2) : backoff;
        long start = System.nanoTime();
        Throwable inFlightFailure = work.settle();
        if (inFlightFailure != null) {
            LOG.warnf("Activity batch not counted either: %s", inFlightFailure.toString());
        }
        rebalance.restore();
        stages.since("reseek", start);
        return work.suspects.isEmpty() ? StreamPhase.GATHERING : StreamPhase.ISOLATING;
    }

    /** ISOLATING: one poll at a time, written synchronously and split as far as needed, until past the suspects. */
    private StreamPhase isolate() {
        ConsumerRecords<String, byte[]> records = poll(IDLE_POLL);
        Throwable rebalanceFailure = rebalance.takeFailure();
        if (rebalanceFailure != null) {
            return failed(rebalanceFailure);
        }
        if (!records.isEmpty()) {
            progress.working();
            long start = System.nanoTime();
            isolator.isolate(records, work.window, work.partitionCount);
            stages.since("isolate", start);
        }
        // Past the refused batch's end (or no longer ours): back to gathering while the previous batch commits.
        work.suspects.entrySet().removeIf(s -> {
            TopicPartition tp = new TopicPartition(settings.topic(), s.getKey());
            return !consumer.assignment().contains(tp) || consumer.position(tp) >= s.getValue();
        });
        if (records.isEmpty() && caughtUp()) {
            progress.idle();
        }
        return work.suspects.isEmpty() ? StreamPhase.GATHERING : StreamPhase.ISOLATING;
    }

    private StreamPhase submit() {
        work.submit(intake::commit);
        backoff = FIRST_BACKOFF;
        return StreamPhase.COMMITTING;
    }

    /** Any failure: what was gathered is dropped at once (it may start past a failed batch), then the stream re-seeks. */
    private StreamPhase failed(Throwable e) {
        LOG.warnf("Activity batch not counted, re-reading from the stored positions: %s", e.toString());
        work.dropGathered();
        if (e instanceof InterruptedException) {
            running = false;
        }
        if (brokerAway(e)) {
            progress.idle(); // nothing the database refused: the broker check reports an outage, not the stall check
        } else {
            progress.working(); // the batch is re-read and retried; a repeated call keeps its clock running
        }
        return StreamPhase.RESEEKING;
    }

    private ConsumerRecords<String, byte[]> poll(Duration timeout) {
        long start = System.nanoTime();
        ConsumerRecords<String, byte[]> records = consumer.poll(timeout);
        stages.since("poll", start);
        return records;
    }

    private static boolean brokerAway(Throwable e) {
        return TransientFailures.causes(e).stream().anyMatch(KafkaException.class::isInstance);
    }

    /** No known lag on any assigned partition (what the last fetches told; no broker round trip). */
    private boolean caughtUp() {
        for (TopicPartition tp : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(tp);
            if (lag.isPresent() && lag.getAsLong() > 0) {
                return false;
            }
        }
        return true;
    }

    void halt() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
