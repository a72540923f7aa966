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

/**
 * The reach step of a {@link RollupStore} commit: a batch's HLL sketches merged into the stored ones, in its transaction.
 * Sketches cannot be merged in SQL: {@link #read} the stored ones, {@link #merge} here (connection-free, so it can run
 * while the connection executes other steps), then {@link Merged#write} each back only if its row is still the
 * version read (compare and set on {@code xmin}). No row is locked or written before the final write, so a
 * campaign-day costs one row version per batch. A row changed or inserted meanwhile by another writer fails the whole
 * batch, which is then read again from the stored positions: nothing is lost or counted twice.
 */
final class ReachSketchWriter {

    private ReachSketchWriter() {
    }

    /** The stored sketches of the batch's campaign-days, with the version ({@code xmin}) of each row read. */
    static Stored read(Connection c, ActivityTally tally) throws SQLException {
        List<Map.Entry<ActivityTally.ReachDay, List<String>>> days = new ArrayList<>(tally.reach().entrySet());
        int n = days.size();
        if (n == 0) {
            return new Stored(days, null, null, Map.of());
        }
        UUID[] campaigns = new UUID[n];
        String[] dates = new String[n];
        for (int i = 0; i < n; i++) {
            campaigns[i] = days.get(i).getKey().campaignId();
            dates[i] = days.get(i).getKey().day().toString();
        }
        Array campaignArray = c.createArrayOf("uuid", campaigns);
        Array dayArray = c.createArrayOf("text", dates);
        Map<ActivityTally.ReachDay, Row> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select r.campaign_id, r.bucket_day, r.xmin::text, r.sketch from reach_sketch r
                join unnest(?::uuid[], ?::text[]) as t(c, d) on r.campaign_id = t.c and r.bucket_day = t.d::date""")) {
            ps.setArray(1, campaignArray);
            ps.setArray(2, dayArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(new ActivityTally.ReachDay(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)),
                            new Row(rs.getString(3), rs.getBytes(4)));
                }
            }
        }
        return new Stored(days, campaignArray, dayArray, stored);
    }

    /** The batch's references hashed into the stored sketches: pure JVM work, on any thread. */
    static Merged merge(Stored stored) {
        int n = stored.days().size();
        String[] versions = new String[n];
        byte[][] merged = new byte[n][];
        for (int i = 0; i < n; i++) {
            Map.Entry<ActivityTally.ReachDay, List<String>> day = stored.days().get(i);
            Row before = stored.rows().get(day.getKey());
            merged[i] = ReachSketches.merge(before == null ? null : before.sketch(), day.getValue());
            versions[i] = before == null ? null : before.xmin(); // null: no row yet, inserted
        }
        return new Merged(stored, versions, merged);
    }

    /** A stored sketch and the version of its row. */
    record Row(String xmin, byte[] sketch) {
    }

    /** What {@link #read} found for a batch's campaign-days (arrays kept for the write). */
    record Stored(List<Map.Entry<ActivityTally.ReachDay, List<String>>> days, Array campaigns, Array dates,
                  Map<ActivityTally.ReachDay, Row> rows) {
    }

    /** The merged sketches, written back by one compare-and-set statement. */
    record Merged(Stored stored, String[] versions, byte[][] sketches) {

        void write(Connection c) throws SQLException {
            int n = sketches.length;
            if (n == 0) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    with t as (select * from unnest(?::uuid[], ?::text[], ?::text[], ?::bytea[]) as t(c, d, v, s)),
                    changed as (
                        update reach_sketch r set sketch = t.s from t
                        where t.v is not null and r.campaign_id = t.c and r.bucket_day = t.d::date and r.xmin::text = t.v
                        returning 1),
                    added as (
                        insert into reach_sketch (campaign_id, bucket_day, sketch)
                        select c, d::date, s from t where v is null order by c, d
                        on conflict do nothing
                        returning 1)
                    select (select count(*) from changed) + (select count(*) from added)""")) {
                ps.setArray(1, stored.campaigns());
                ps.setArray(2, stored.dates());
                ps.setArray(3, c.createArrayOf("text", versions));
                ps.setArray(4, c.createArrayOf("bytea", sketches));
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
}
