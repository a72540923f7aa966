package dev.marketingops.metrics.activity.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGStatement;

/**
 * Merges the rows of campaign-days that have pending batch sketches into one row each, on the caller's transaction:
 * the rows it deletes are exactly the rows it merges (DELETE ... RETURNING), so a batch committing meanwhile keeps its
 * pending row for the next round, and a second compactor skips the rows the first deleted. The union of a day's rows,
 * which every reader estimates, is the same before and after.
 */
public final class ReachSketchCompaction {

    private ReachSketchCompaction() {
    }

    /** Merges up to {@code limit} campaign-days with pending rows; returns how many it merged. */
    public static int compact(Connection c, int limit) throws SQLException {
        Map<ActivityTally.ReachDay, List<byte[]>> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                with picked as (select distinct campaign_id, bucket_day from reach_sketch where pending limit ?)
                delete from reach_sketch r using picked p
                where r.campaign_id = p.campaign_id and r.bucket_day = p.bucket_day
                returning r.campaign_id, r.bucket_day, r.sketch""")) {
            ps.setInt(1, limit);
            // Prepared on the server from the first run, so the sketches come back as binary bytea: pgjdbc's hex
            // decoding of the text form was the largest part of a compaction's JVM time (docs/benchmarks.md).
            ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.computeIfAbsent(new ActivityTally.ReachDay(rs.getObject(1, UUID.class),
                            rs.getObject(2, LocalDate.class)), k -> new ArrayList<>()).add(rs.getBytes(3));
                }
            }
        }
        int n = rows.size();
        if (n == 0) {
            return 0;
        }
        UUID[] campaigns = new UUID[n];
        LocalDate[] days = new LocalDate[n];
        byte[][] sketches = new byte[n][];
        int i = 0;
        for (Map.Entry<ActivityTally.ReachDay, List<byte[]>> day : rows.entrySet()) {
            campaigns[i] = day.getKey().campaignId();
            days[i] = day.getKey().day();
            sketches[i] = ReachSketches.union(day.getValue());
            i++;
        }
        ReachSketchWriter.copy(c, campaigns, days, sketches, false);
        return n;
    }
}
