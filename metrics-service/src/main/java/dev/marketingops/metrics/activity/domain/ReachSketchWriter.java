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

/** The reach step of a {@link RollupStore} commit: a batch's HLL sketches merged into the stored ones, in its transaction. */
final class ReachSketchWriter {

    private static final byte[] NONE = new byte[0];

    private ReachSketchWriter() {
    }

    /**
     * Sketches cannot be merged in SQL: read the stored ones, merge here, then write each back only if it is still the
     * one read (compare and set). No row is locked or written before the final write, so a campaign-day costs one row
     * version per batch instead of a placeholder, a lock and an update. A row changed or inserted meanwhile by another
     * writer fails the whole batch, which is then read again from the stored positions: nothing is lost or counted twice.
     */
    static void merge(Connection c, ActivityTally tally) throws SQLException {
        List<Map.Entry<ActivityTally.ReachDay, List<String>>> days = new ArrayList<>(tally.reach().entrySet());
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
        Map<ActivityTally.ReachDay, byte[]> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select r.campaign_id, r.bucket_day, r.sketch from reach_sketch r
                join unnest(?::uuid[], ?::text[]) as t(c, d) on r.campaign_id = t.c and r.bucket_day = t.d::date""")) {
            ps.setArray(1, campaignArray);
            ps.setArray(2, dayArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(new ActivityTally.ReachDay(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)),
                            rs.getBytes(3));
                }
            }
        }
        byte[][] read = new byte[n][];
        byte[][] merged = new byte[n][];
        for (int i = 0; i < n; i++) {
            byte[] before = stored.get(days.get(i).getKey());
            merged[i] = ReachSketches.merge(before, days.get(i).getValue());
            read[i] = before == null ? NONE : before; // empty: no row yet (a stored sketch is never empty)
        }
        try (PreparedStatement ps = c.prepareStatement("""
                with t as (select * from unnest(?::uuid[], ?::text[], ?::bytea[], ?::bytea[]) as t(c, d, old, s)),
                changed as (
                    update reach_sketch r set sketch = t.s from t
                    where length(t.old) > 0 and r.campaign_id = t.c and r.bucket_day = t.d::date and r.sketch = t.old
                    returning 1),
                added as (
                    insert into reach_sketch (campaign_id, bucket_day, sketch)
                    select c, d::date, s from t where length(old) = 0 order by c, d
                    on conflict do nothing
                    returning 1)
                select (select count(*) from changed) + (select count(*) from added)""")) {
            ps.setArray(1, campaignArray);
            ps.setArray(2, dayArray);
            ps.setArray(3, c.createArrayOf("bytea", read));
            ps.setArray(4, c.createArrayOf("bytea", merged));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long written = rs.getLong(1);
                if (written != n) {
                    throw new SQLException("Reach sketches changed by another writer (" + written + " of " + n
                            + " written): the batch is rolled back and read again");
                }
            }
        }
    }
}
