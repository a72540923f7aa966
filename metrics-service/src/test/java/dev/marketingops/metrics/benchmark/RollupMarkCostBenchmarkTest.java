package dev.marketingops.metrics.benchmark;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What marking changed campaigns (the V6_1 trigger) adds to the activity commit: the same counts upsert of a large
 * batch, as RollupStore writes it, timed with the trigger enabled and disabled, alternating. Prints, asserts nothing.
 */
@QuarkusTest
@Tag("benchmark")
class RollupMarkCostBenchmarkTest {

    static final int CELLS = 30_000;
    static final int CAMPAIGNS = 10_000;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void triggerCostPerBatch() throws Exception {
        UUID[] campaigns = new UUID[CAMPAIGNS];
        for (int i = 0; i < CAMPAIGNS; i++) {
            campaigns[i] = UUID.randomUUID();
        }
        List<String> out = new ArrayList<>();
        long[] with = new long[5];
        long[] without = new long[5];
        for (int round = 0; round < 6; round++) {
            // Round 0 inserts the cells (warm-up); later rounds update them, as steady ingest mostly does.
            long on = upsert(campaigns, true);
            long off = upsert(campaigns, false);
            if (round > 0) {
                with[round - 1] = on;
                without[round - 1] = off;
            }
        }
        java.util.Arrays.sort(with);
        java.util.Arrays.sort(without);
        String line = String.format("counts upsert of %,d cells over %,d campaigns (one batch): median %.1f ms with the "
                + "change-marking trigger, %.1f ms without (5 rounds each, alternating; load average %s)", CELLS, CAMPAIGNS,
                with[2] / 1e6, without[2] / 1e6, Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println("[rollup-mark-benchmark] " + line);
        out.add(line);
        Files.write(Path.of("target", "benchmark-results.txt"), out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private long upsert(UUID[] campaigns, boolean trigger) throws Exception {
        UUID[] cells = new UUID[CELLS];
        Long[] buckets = new Long[CELLS];
        for (int i = 0; i < CELLS; i++) {
            cells[i] = campaigns[i % campaigns.length];
            buckets[i] = 1_773_129_600L + 3600L * (i / campaigns.length);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("alter table activity_rollup " + (trigger ? "enable" : "disable") + " trigger activity_rollup_inserted");
                s.execute("alter table activity_rollup " + (trigger ? "enable" : "disable") + " trigger activity_rollup_updated");
            }
            c.commit();
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into activity_rollup (campaign_id, bucket_start, channel, journey_stage, impressions, activities)
                    select c, to_timestamp(b), 'EMAIL', 'AWARENESS', 1, 1
                    from unnest(?::uuid[], ?::bigint[]) as t(c, b)
                    order by c, b
                    on conflict (campaign_id, bucket_start, channel, journey_stage) do update set
                        impressions = activity_rollup.impressions + excluded.impressions,
                        activities = activity_rollup.activities + excluded.activities""")) {
                ps.setArray(1, c.createArrayOf("uuid", cells));
                ps.setArray(2, c.createArrayOf("int8", buckets));
                ps.executeUpdate();
            }
            c.commit();
            long took = System.nanoTime() - start;
            try (Statement s = c.createStatement()) {
                s.execute("alter table activity_rollup enable trigger activity_rollup_inserted");
                s.execute("alter table activity_rollup enable trigger activity_rollup_updated");
                s.execute("delete from kpi_change");
            }
            c.commit();
            return took;
        }
    }
}
