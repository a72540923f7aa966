package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.metrics.benchmark.LoadAverage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The id window's rebuild before (the log read whole, as text) and after (a cursor, binary), alternating; prints only. */
@QuarkusTest
@Tag("benchmark")
class IdLogReadBenchmarkTest {

    // Run: -Dgroups=benchmark -Dmetrics.excludedGroups=none -Dtest=IdLogReadBenchmarkTest -Dmetrics.test.heap=224m
    //   -Dmetrics.test.gc=Serial [-Didlog.ids=4000000 (a full window) -Didlog.rounds=4]. The test JVM holds more than the
    //   service does (the Quarkus test harness), so at 224m a full window needs a larger heap here than in the service.

    private static final int PARTITIONS = 6;
    /** One row per partition per 100,000-record batch, as the ingest benchmark leaves the log. */
    private static final int IDS_PER_ROW = 16_000;
    private static final Duration HORIZON = Duration.ofHours(24);
    private static final long MAX_IDS = 4_000_000;

    @Inject
    RollupStore store;

    @Inject
    AgroalDataSource dataSource;

    /** Loads a window one way; answers nothing, throws what the load throws. */
    private interface Rebuild {
        void into(String topic, IdWindow window) throws SQLException;
    }

    @Test
    void printsTheRebuildBeforeAndAfter() throws SQLException {
        int total = Integer.getInteger("idlog.ids", 1_920_000);
        int rounds = Integer.getInteger("idlog.rounds", 4);
        String topic = "id-log-bench-" + UUID.randomUUID();
        write(topic, total);
        System.out.printf("Id log rebuild: %,d ids in %d rows over %d partitions; heap limit %d MB; load %s%n", total,
                (total + IDS_PER_ROW - 1) / IDS_PER_ROW, PARTITIONS, Runtime.getRuntime().maxMemory() >> 20, LoadAverage.now());
        Rebuild before = this::readWholeAsText;
        Rebuild after = (t, window) -> store.loadIds(t, List.of(0, 1, 2, 3, 4, 5), HORIZON, MAX_IDS, window);
        for (int round = 1; round <= rounds; round++) {
            measure(round, "before: whole, text", before, topic, total);
            measure(round, "after: cursor, binary", after, topic, total);
        }
    }

    private static void measure(int round, String name, Rebuild rebuild, String topic, int total) throws SQLException {
        System.gc();
        long[] gc = collections();
        IdWindow window = new IdWindow(HORIZON, MAX_IDS);
        long t = System.nanoTime();
        String outcome;
        try {
            rebuild.into(topic, window);
            outcome = "";
        } catch (OutOfMemoryError | RuntimeException e) {
            // Out of heap (bare, or wrapped by the transaction): reported, not hidden; its arrays are garbage once unwound.
            if (!(e instanceof OutOfMemoryError) && !(e.getCause() instanceof OutOfMemoryError)) {
                throw e;
            }
            outcome = " OUT OF HEAP";
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        long[] gcAfter = collections();
        System.out.printf("  round %d %-22s %,6d ms, %,d ids; collections %d (%d ms)%s; load %s%n",
                round, name, ms, window.size(), gcAfter[0] - gc[0], gcAfter[1] - gc[1], outcome, LoadAverage.now());
        if (outcome.isEmpty()) {
            assertThat(window.size()).isEqualTo(total);
        }
    }

    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += gc.getCollectionCount();
            millis += gc.getCollectionTime();
        }
        return new long[] {count, millis};
    }

    /** The rebuild as it was: one statement without a transaction, so the driver reads every row first, as hex text. */
    private void readWholeAsText(String topic, IdWindow window) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(RollupStore.ID_LOG_READ)) {
            ps.setString(1, topic);
            ps.setArray(2, c.createArrayOf("int4", new Integer[] {0, 1, 2, 3, 4, 5}));
            ps.setDouble(3, HORIZON.toSeconds());
            ps.setLong(4, MAX_IDS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    window.load(rs.getInt(1), rs.getTimestamp(2).getTime(), rs.getBytes(3));
                }
            }
        }
    }

    /** Logs {@code total} random ids as rows of {@value #IDS_PER_ROW}, round robin over the partitions. */
    private void write(String topic, int total) throws SQLException {
        SplittableRandom random = new SplittableRandom(13);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into activity_id_log (topic, partition_no, first_offset, counted_at, ids)
                     values (?, ?, ?, now() - make_interval(secs => ?), ?)""")) {
            for (int written = 0, row = 0; written < total; row++) {
                int n = Math.min(IDS_PER_ROW, total - written);
                ByteBuffer packed = ByteBuffer.allocate(16 * n);
                for (int i = 0; i < n; i++) {
                    packed.putLong(random.nextLong()).putLong(random.nextLong());
                }
                ps.setString(1, topic);
                ps.setInt(2, row % PARTITIONS);
                ps.setLong(3, (long) row * IDS_PER_ROW);
                ps.setDouble(4, 3600.0 - row);
                ps.setBytes(5, packed.array());
                ps.executeUpdate();
                written += n;
            }
        }
    }
}
