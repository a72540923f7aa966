package dev.marketingops.metrics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.EventTimeBounds;
import dev.marketingops.contracts.Topics;
import dev.marketingops.metrics.activity.domain.ActivityBatch;
import dev.marketingops.metrics.activity.domain.ActivityFastReader;
import dev.marketingops.metrics.activity.domain.CanonicalPartition;
import dev.marketingops.metrics.activity.domain.CountedActivity;
import dev.marketingops.metrics.activity.domain.IdWindow;
import dev.marketingops.plumbing.privacy.KeyedPseudonym;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The JVM-side cost per record of the ingest stream's consumer thread, without Kafka, PostgreSQL or Quarkus (issue
 * #13, ratio to the raw consumer): the benchmark's records, as a poll hands them over (headers read lazily from
 * buffers), read by the fast reader, keyed, hashed to their canonical partition, pseudonymised, checked against an id
 * window and added to a batch, on one thread. Prints nanoseconds per record per step, best of several passes, so a
 * change to one step can be judged where the full benchmark's noise hides it. Not a timed assertion.
 * {@code ./mvnw -B -o -pl metrics-service -am test -Dgroups=benchmark -Dmetrics.excludedGroups=none
 * -Dtest=ActivityDecodeCostBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class ActivityDecodeCostBenchmarkTest {

    private static final EventTimeBounds TIMES = EventTimeBounds.standard();
    private static final int RECORDS = Integer.getInteger("benchmark.decode-records", 200_000);
    private static final int PASSES = Integer.getInteger("benchmark.decode-passes", 12);

    @Test
    void measure() {
        List<String> campaigns = IntStream.range(0, 10_000).mapToObj(i -> UUID.randomUUID().toString()).toList();
        ActivityGenerator generator = new ActivityGenerator(campaigns, 0.1, 2);
        List<ProducerRecord<String, byte[]>> produced = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            produced.add(generator.next());
        }
        KeyedPseudonym pseudonym = new KeyedPseudonym("benchmark", "benchmark-pseudonym-key");
        long[] best = new long[5];
        Arrays.fill(best, Long.MAX_VALUE);
        long[] bestCpu = new long[5];
        Arrays.fill(bestCpu, Long.MAX_VALUE);
        long[] allocated = new long[5];
        long counted = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            List<ConsumerRecord<String, byte[]>> polled = asPolled(produced);
            long[] took = new long[5];
            long[] bytes = new long[5];
            cpu = new long[5];
            IdWindow window = new IdWindow(Duration.ofHours(24), 4_000_000);
            ActivityBatch batch = new ActivityBatch();
            List<CountedActivity> read = new ArrayList<>(RECORDS);
            allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            cpuBefore = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            List<ActivityFastReader.Read> fast = new ArrayList<>(RECORDS);
            for (ConsumerRecord<String, byte[]> r : polled) {
                fast.add(ActivityFastReader.HAND_WRITTEN.read(r.headers(), r.value(), TIMES));
            }
            t = lap(took, bytes, 0, t);
            int[] murmur = new int[RECORDS];
            for (int i = 0; i < RECORDS; i++) {
                ActivityFastReader.Read f = fast.get(i);
                murmur[i] = CanonicalPartition.murmur(f.activity().campaignId());
                read.add(new CountedActivity(f.key(), f.activity(), polled.get(i).timestamp(), null));
            }
            t = lap(took, bytes, 1, t);
            for (int i = 0; i < RECORDS; i++) {
                String ref = read.get(i).activity().customerRef();
                if (ref != null) {
                    CountedActivity a = read.get(i);
                    read.set(i, new CountedActivity(a.eventKey(), a.activity(), a.producedAt(), pseudonym.uuid(ref)));
                }
            }
            t = lap(took, bytes, 2, t);
            long now = System.currentTimeMillis();
            List<CountedActivity> firstSeen = new ArrayList<>(RECORDS);
            for (int i = 0; i < RECORDS; i++) {
                if (window.remember(murmur[i] % 6, read.get(i).eventKey(), now)) {
                    firstSeen.add(read.get(i));
                }
            }
            t = lap(took, bytes, 3, t);
            for (CountedActivity a : firstSeen) {
                batch.count(CanonicalPartition.murmur(a.activity().campaignId()) % 6, a);
            }
            lap(took, bytes, 4, t);
            counted = batch.counted();
            for (int s = 0; s < 5; s++) {
                best[s] = Math.min(best[s], took[s]);
                bestCpu[s] = Math.min(bestCpu[s], cpu[s]);
                allocated[s] = bytes[s]; // the same every pass once compiled: the last pass's
            }
        }
        String[] names = {"read (envelope + payload)", "key + canonical partition", "pseudonym (10 % with a reference)",
                "id window", "batch (tally, ids, touchpoints)"};
        long total = 0;
        long totalCpu = 0;
        long totalBytes = 0;
        StringBuilder out = new StringBuilder(String.format("JVM-side cost per record, %,d records, time best of %d "
                + "passes (wall; the thread's CPU time, which other processes disturb less), bytes allocated in the last, load average %s:%n", RECORDS, PASSES, LoadAverage.now()));
        for (int s = 0; s < 5; s++) {
            total += best[s];
            totalCpu += bestCpu[s];
            totalBytes += allocated[s];
            out.append(String.format("  %-36s %,8.0f ns %,8.0f ns CPU %,6.0f bytes%n", names[s], best[s] / (double) RECORDS,
                    bestCpu[s] / (double) RECORDS, allocated[s] / (double) RECORDS));
        }
        out.append(String.format("  %-36s %,8.0f ns %,8.0f ns CPU %,6.0f bytes = %,.0f records/s on one core (CPU)%n",
                "all", total / (double) RECORDS, totalCpu / (double) RECORDS, totalBytes / (double) RECORDS,
                RECORDS / (totalCpu / 1e9)));
        System.out.println(out);
        assertThat(counted).as("distinct events counted").isPositive();
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static long allocatedBefore;
    private static long cpuBefore;
    private static long[] cpu;

    /** Adds the time and the bytes allocated since the previous lap to the step's; returns now. */
    private static long lap(long[] took, long[] bytes, int step, long since) {
        long now = System.nanoTime();
        long allocatedNow = THREADS.getCurrentThreadAllocatedBytes();
        long cpuNow = THREADS.getCurrentThreadCpuTime();
        took[step] += now - since;
        bytes[step] += allocatedNow - allocatedBefore;
        cpu[step] += cpuNow - cpuBefore;
        allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        cpuBefore = THREADS.getCurrentThreadCpuTime();
        return System.nanoTime();
    }

    /** The records as a consumer's poll builds them: header keys and values read from buffers on first use. */
    private static List<ConsumerRecord<String, byte[]>> asPolled(List<ProducerRecord<String, byte[]>> produced) {
        List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>(produced.size());
        long offset = 0;
        for (ProducerRecord<String, byte[]> p : produced) {
            RecordHeaders headers = new RecordHeaders();
            for (Header h : p.headers()) {
                headers.add(new RecordHeader(ByteBuffer.wrap(h.key().getBytes(StandardCharsets.UTF_8)),
                        ByteBuffer.wrap(h.value())));
            }
            polled.add(new ConsumerRecord<>(Topics.MARKETING_ACTIVITY, 0, offset++, System.currentTimeMillis(),
                    TimestampType.CREATE_TIME, 36, p.value().length, p.key(), p.value(), headers, Optional.empty()));
        }
        return polled;
    }
}
