package dev.marketingops.metrics.activity.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.datasketches.hll.HllSketch;

/** The reach step of a {@link RollupStore} commit: a batch's HLL sketches merged into the stored ones, in its transaction. */
final class ReachSketchWriter {

    private static final byte[] EMPTY_SKETCH = ReachSketches.empty().toCompactByteArray();

    private ReachSketchWriter() {
    }

    /** Sketches cannot be merged in SQL: lock the stored ones (placeholders first, so the lock always exists), merge here. */
    static void merge(Connection c, ActivityTally tally) throws SQLException {
        List<Map.Entry<ActivityTally.ReachDay, HllSketch>> days = new ArrayList<>(tally.reach().entrySet());
        int n = days.size();
        if (n == 0) {
            return;
        }
        UUID[] campaigns = new UUID[n];
        String[] dates = new String[n];
        for (int i = 0; i < n; i++) {
            campaigns[i] = days.get(i).getKey().campaignId();
            dates[i] = days.get(i).getKey().day().toString();
        }
        Array campaignArray = c.createArrayOf("uuid", campaigns);
        Array dayArray = c.createArrayOf("text", dates);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into reach_sketch (campaign_id, bucket_day, sketch)
                select c, d::date, ? from unnest(?::uuid[], ?::text[]) as t(c, d)
                order by c, d
                on conflict do nothing""")) {
            ps.setBytes(1, EMPTY_SKETCH);
            ps.setArray(2, campaignArray);
            ps.setArray(3, dayArray);
            ps.executeUpdate();
        }
        Map<ActivityTally.ReachDay, byte[]> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select r.campaign_id, r.bucket_day, r.sketch from reach_sketch r
                join unnest(?::uuid[], ?::text[]) as t(c, d) on r.campaign_id = t.c and r.bucket_day = t.d::date
                order by r.campaign_id, r.bucket_day
                for update of r""")) {
            ps.setArray(1, campaignArray);
            ps.setArray(2, dayArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(new ActivityTally.ReachDay(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)),
                            rs.getBytes(3));
                }
            }
        }
        byte[][] merged = new byte[n][];
        for (int i = 0; i < n; i++) {
            merged[i] = ReachSketches.merge(stored.get(days.get(i).getKey()), days.get(i).getValue());
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update reach_sketch r set sketch = t.s
                from unnest(?::uuid[], ?::text[], ?::bytea[]) as t(c, d, s)
                where r.campaign_id = t.c and r.bucket_day = t.d::date""")) {
            ps.setArray(1, campaignArray);
            ps.setArray(2, dayArray);
            ps.setArray(3, c.createArrayOf("bytea", merged));
            ps.executeUpdate();
        }
    }
}
