package dev.marketingops.metrics.activity.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.datasketches.hll.HllSketch;

/**
 * The reach step of a {@link RollupStore} commit: per campaign-day, a sketch of the batch's references alone, inserted
 * as a pending row in the batch's transaction. Nothing stored is read, locked or rewritten, so a batch writes a few
 * dozen bytes per campaign-day instead of reading and rewriting the day's whole sketch (the read, the merge and the
 * compare-and-set this replaced cost about a quarter of the commit, docs/benchmarks.md). A day's rows are estimated
 * together (readers already take the union of every row in a range); {@link ReachSketchCompaction} merges them into one.
 */
final class ReachSketchWriter {

    static final String COPY = "copy reach_sketch (campaign_id, bucket_day, sketch, pending) from stdin (format binary)";

    private ReachSketchWriter() {
    }

    /** Inserts one pending sketch per campaign-day of the batch (built as the batch was tallied), serialized compactly. */
    static void write(Connection c, ActivityTally tally) throws SQLException {
        int n = tally.reach().size();
        if (n == 0) {
            return;
        }
        UUID[] campaigns = new UUID[n];
        LocalDate[] days = new LocalDate[n];
        byte[][] sketches = new byte[n][];
        int i = 0;
        for (Map.Entry<ActivityTally.ReachDay, HllSketch> day : tally.reach().entrySet()) {
            campaigns[i] = day.getKey().campaignId();
            days[i] = day.getKey().day();
            sketches[i] = day.getValue().toCompactByteArray();
            i++;
        }
        copy(c, campaigns, days, sketches, true);
    }

    /**
     * Rows (a batch's pending ones, or compaction's merged ones) by binary COPY: the server reads the values without
     * parsing text or unnesting arrays (a quarter less time than the INSERT ... unnest it replaced, docs/benchmarks.md).
     */
    static void copy(Connection c, UUID[] campaigns, LocalDate[] days, byte[][] sketches, boolean pending)
            throws SQLException {
        BinaryCopyRows rows = new BinaryCopyRows(64 * sketches.length);
        for (int i = 0; i < sketches.length; i++) {
            rows.row(4).uuid(campaigns[i]).date(days[i]).bytea(sketches[i]).bool(pending);
        }
        rows.end();
        BinaryCopyRows.send(c, COPY, List.of(rows.take()));
    }
}
