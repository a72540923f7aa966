package dev.marketingops.metrics.benchmark;

import dev.marketingops.metrics.activity.app.ActivityIntake;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;

/** What PostgreSQL holds of the counting: rollup totals, the stream's stored positions, the durability settings. */
final class StoredRollups {

    private final DataSource dataSource;

    StoredRollups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rollups' totals, read back from PostgreSQL (spend in cents; every amount the generator sends has 2 decimals). */
    ActivityTotals totals() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select (select coalesce(sum(activities), 0) from activity_rollup),
                            (select coalesce(sum(impressions), 0) from activity_rollup),
                            (select coalesce(sum(clicks), 0) from activity_rollup),
                            (select coalesce(sum(conversions), 0) from activity_rollup),
                            (select coalesce(sum(amount * 100), 0)::bigint from money_rollup where kind = 'SPEND')""")) {
            rs.next();
            return new ActivityTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        }
    }

    long touchpoints() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from touchpoint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The WAL position in bytes: the difference over a phase is what its commits wrote to the log (and fsynced). */
    long walBytes() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select (pg_current_wal_lsn() - '0/0')::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Row versions written so far per table the commit writes (touchpoint: all its partitions): inserted, updated and,
     * of those updated, HOT (on the same page, no new index entry). Cumulative: compare two readings.
     */
    Map<String, long[]> rowVersions() throws SQLException {
        Map<String, long[]> versions = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select case when relname like 'touchpoint%' then 'touchpoint' else relname end,
                            sum(n_tup_ins)::bigint, sum(n_tup_upd)::bigint, sum(n_tup_hot_upd)::bigint
                     from pg_stat_user_tables
                     where relname in ('activity_rollup', 'money_rollup', 'reach_sketch') or relname like 'touchpoint%'
                     group by 1""")) {
            while (rs.next()) {
                versions.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
        }
        return versions;
    }

    /** Row versions between two {@link #rowVersions()} readings, per table. */
    static String describeVersions(Map<String, long[]> before, Map<String, long[]> after) {
        StringBuilder out = new StringBuilder();
        after.forEach((table, a) -> {
            long[] b = before.getOrDefault(table, new long[3]);
            out.append(String.format("%s%s %,d inserted, %,d updated (%,d HOT)", out.isEmpty() ? "" : "; ", table,
                    a[0] - b[0], a[1] - b[1], a[2] - b[2]));
        });
        return out.toString();
    }

    /**
     * Whether the stream's stored positions are at the end of every partition. Positions commit only after every copy
     * forwarded from their range is acknowledged, and these are read before the end offsets, so no copy is still due.
     */
    boolean caughtUp(java.util.function.Supplier<Map<TopicPartition, Long>> endOffsets) throws SQLException {
        Map<Integer, Long> positions = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select partition_no, next_offset from consumer_offset where consumer = ?")) {
            ps.setString(1, ActivityIntake.CONSUMER);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    positions.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return endOffsets.get().entrySet().stream()
                .allMatch(e -> positions.getOrDefault(e.getKey().partition(), 0L) >= e.getValue());
    }

    /**
     * Back to counting from scratch: positions at the given offsets, no id log (so the id windows start empty), empty
     * rollups (so every run inserts the same rows).
     */
    void resetCounting(Map<TopicPartition, Long> start) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("truncate activity_id_log, activity_rollup, money_rollup, reach_sketch, touchpoint");
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into consumer_offset (consumer, topic, partition_no, next_offset) values (?, ?, ?, ?)
                    on conflict (consumer, topic, partition_no) do update set next_offset = excluded.next_offset""")) {
                for (Map.Entry<TopicPartition, Long> e : start.entrySet()) {
                    ps.setString(1, ActivityIntake.CONSUMER);
                    ps.setString(2, e.getKey().topic());
                    ps.setInt(3, e.getKey().partition());
                    ps.setLong(4, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** The durability settings PostgreSQL runs with, as {@code SHOW} gives them. */
    String durability() throws SQLException {
        List<String> shown = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "commit_delay",
                    "shared_buffers", "max_wal_size", "wal_compression", "checkpoint_timeout")) {
                try (ResultSet rs = st.executeQuery("show " + name)) {
                    rs.next();
                    shown.add(name + "=" + rs.getString(1));
                }
            }
        }
        return String.join(", ", shown);
    }
}
