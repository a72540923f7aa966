package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.benchmark.LoadAverage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.datasketches.hll.HllSketch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The reach stage of one half-share ingest batch (25,000 references over ~8,400 campaign-days, as the throughput
 * benchmark's 50k-record batches): the sketches' serialization in the JVM (they are built as the batch is tallied),
 * then the pending rows by INSERT ... unnest (before 2026-11-28) and by binary COPY, alternating, each in a transaction
 * rolled back. Prints, asserts nothing.
 */
@Tag("benchmark")
@QuarkusTest
class ReachWriteBenchmarkTest {

    private static final int REFERENCES = 25_000;
    private static final int CAMPAIGNS = 1_200;
    private static final int DAYS = 7;
    private static final int ROUNDS = 30;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void microsPerBatchAndRow() throws SQLException {
        ActivityTally tally = tally(new SplittableRandom(14));
        int n = tally.reach().size();
        System.out.printf("ReachWriteBenchmark: load average %s, %,d references, %,d campaign-days per batch%n",
                LoadAverage.now(), REFERENCES, n);
        long sketchNs = 0;
        long insertNs = 0;
        long copyNs = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int round = -5; round < ROUNDS; round++) { // 5 warm-up rounds
                long t0 = System.nanoTime();
                UUID[] campaigns = new UUID[n];
                LocalDate[] days = new LocalDate[n];
                String[] isoDays = new String[n];
                byte[][] sketches = new byte[n][];
                int i = 0;
                for (Map.Entry<ActivityTally.ReachDay, HllSketch> day : tally.reach().entrySet()) {
                    campaigns[i] = day.getKey().campaignId();
                    days[i] = day.getKey().day();
                    isoDays[i] = days[i].toString();
                    sketches[i] = day.getValue().toCompactByteArray();
                    i++;
                }
                long t1 = System.nanoTime();
                insertByUnnest(c, campaigns, isoDays, sketches);
                c.rollback();
                long t2 = System.nanoTime();
                ReachSketchWriter.copy(c, campaigns, days, sketches, true);
                c.rollback();
                long t3 = System.nanoTime();
                if (round >= 0) {
                    sketchNs += t1 - t0;
                    insertNs += t2 - t1;
                    copyNs += t3 - t2;
                }
            }
        }
        print("sketches serialized", sketchNs, n);
        print("INSERT ... unnest", insertNs, n);
        print("binary COPY", copyNs, n);
        System.out.printf("  load average after: %s%n", LoadAverage.now());
    }

    /** The statement the binary COPY replaced: one row per campaign-day through {@code unnest} of three arrays. */
    private static void insertByUnnest(Connection c, UUID[] campaigns, String[] days, byte[][] sketches)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into reach_sketch (campaign_id, bucket_day, sketch, pending)
                select c, d::date, s, true from unnest(?::uuid[], ?::text[], ?::bytea[]) as t(c, d, s)""")) {
            ps.setArray(1, c.createArrayOf("uuid", campaigns));
            ps.setArray(2, c.createArrayOf("text", days));
            ps.setArray(3, c.createArrayOf("bytea", sketches));
            ps.executeUpdate();
        }
    }

    private static void print(String what, long ns, int rows) {
        double perBatch = ns / 1e3 / ROUNDS;
        System.out.printf("  %-22s: %,10.0f µs/batch, %6.2f µs/row%n", what, perBatch, perBatch / rows);
    }

    private static ActivityTally tally(SplittableRandom random) {
        UUID[] campaigns = new UUID[CAMPAIGNS];
        for (int i = 0; i < CAMPAIGNS; i++) {
            campaigns[i] = new UUID(random.nextLong(), random.nextLong());
        }
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        ActivityTally tally = new ActivityTally();
        for (int i = 0; i < REFERENCES; i++) {
            Instant at = start.plus(random.nextInt(DAYS), ChronoUnit.DAYS).plusSeconds(random.nextInt(86_400));
            int customer = random.nextInt(1_000_000); // its pseudonym stands in for the keyed hash of the reference
            tally.add(new ActivityRecorded(campaigns[random.nextInt(CAMPAIGNS)], Channel.EMAIL, ActivityKind.CLICK, 1L,
                    null, null, at, JourneyStage.CONSIDERATION, "cust-" + customer), new UUID(customer, ~customer));
        }
        return tally;
    }
}
