package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.benchmark.LoadAverage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One half-share batch's count cells written by the commit's upsert and by {@code MERGE}, alternating; prints only. */
@QuarkusTest
@Tag("benchmark")
class CountsUpsertBenchmarkTest {

    // 23,000 of 90,000 existing cells per statement, as a half-share batch of 50,000 records touches.
    // Run: -Dgroups=benchmark -Dmetrics.excludedGroups=none -Dtest=CountsUpsertBenchmarkTest

    private static final int CAMPAIGNS = 10_000;
    private static final int CELLS = 23_000;
    private static final int ROUNDS = 9;
    private static final JourneyStage[] STAGES =
            {JourneyStage.AWARENESS, JourneyStage.CONSIDERATION, JourneyStage.CONVERSION};
    private static final long HOUR0 = 1_773_129_600L;

    private static final String MERGE = """
            merge into activity_rollup r
            using (select c, to_timestamp(b) as b, ch, st, i, cl, co, s, e, a from\s""" + RollupUpserts.COUNTS_SOURCE + """
             order by c, b, ch, st) t
            on r.campaign_id = t.c and r.bucket_start = t.b and r.channel = t.ch and r.journey_stage = t.st
            when matched then update set impressions = r.impressions + t.i, clicks = r.clicks + t.cl,
                conversions = r.conversions + t.co, signups = r.signups + t.s, engagements = r.engagements + t.e,
                activities = r.activities + t.a
            when not matched then insert (campaign_id, bucket_start, channel, journey_stage,
                                          impressions, clicks, conversions, signups, engagements, activities)
                values (t.c, t.b, t.ch, t.st, t.i, t.cl, t.co, t.s, t.e, t.a)""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void upsertAgainstMerge() throws Exception {
        UUID[] campaigns = new UUID[CAMPAIGNS];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < CAMPAIGNS; i++) {
            campaigns[i] = new UUID(random.nextLong(), random.nextLong());
        }
        int all = CAMPAIGNS * 3 * STAGES.length;
        run(RollupUpserts.COUNTS_UPSERT, campaigns, cells(all, 0, all)); // every cell exists from here on, as in steady ingest
        long[][] took = new long[2][ROUNDS];
        long[][] wal = new long[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            int[] picked = cells(all, round + 1, CELLS);
            for (int k = 0; k < 2; k++) {
                int which = (round + k) % 2; // alternate which goes first
                long w0 = walLsn();
                took[which][round] = run(which == 0 ? RollupUpserts.COUNTS_UPSERT : MERGE, campaigns, picked);
                wal[which][round] = walLsn() - w0;
            }
        }
        List<String> out = new ArrayList<>();
        out.add(String.format("counts step, %,d existing cells of %,d per statement, %d rounds alternating (load average %s):",
                CELLS, all, ROUNDS, LoadAverage.now()));
        out.add(describe("INSERT ... ON CONFLICT DO UPDATE", took[0], wal[0]));
        out.add(describe("MERGE", took[1], wal[1]));
        out.add("plan of the MERGE: " + plan(campaigns));
        out.forEach(l -> System.out.println("[counts-upsert-benchmark] " + l));
        Files.write(Path.of("target", "benchmark-results.txt"), out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String describe(String name, long[] nanos, long[] walBytes) {
        long[] t = nanos.clone();
        long[] w = walBytes.clone();
        Arrays.sort(t);
        Arrays.sort(w);
        return String.format("  %s: median %.1f ms (min %.1f, max %.1f) = %.2f µs per cell; WAL median %,d bytes = %.0f per cell",
                name, t[t.length / 2] / 1e6, t[0] / 1e6, t[t.length - 1] / 1e6, t[t.length / 2] / 1e3 / CELLS,
                w[w.length / 2], (double) w[w.length / 2] / CELLS);
    }

    /** {@code n} distinct cell numbers out of {@code all}, drawn with {@code seed} (all of them when n == all). */
    private static int[] cells(int all, int seed, int n) {
        int[] order = new int[all];
        for (int i = 0; i < all; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = all - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return Arrays.copyOf(order, n);
    }

    private long run(String sql, UUID[] campaigns, int[] picked) throws SQLException {
        ActivityTally tally = new ActivityTally(); // one impression per picked cell: impressions 1, activities 1
        for (int cell : picked) {
            tally.add(ActivityRecorded.counted(campaigns[cell % CAMPAIGNS], Channel.DISPLAY, ActivityKind.IMPRESSION, 1,
                    Instant.ofEpochSecond(HOUR0 + 3600L * (cell / CAMPAIGNS % 3)), STAGES[cell / CAMPAIGNS / 3]), null);
        }
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            long start = System.nanoTime();
            RollupUpserts.counts(conn, tally, sql);
            conn.commit();
            return System.nanoTime() - start;
        }
    }

    private long walLsn() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_current_wal_lsn() - '0/0'::pg_lsn")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String plan(UUID[] campaigns) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("explain " + MERGE)) {
            c.setAutoCommit(false);
            ps.setArray(1, c.createArrayOf("uuid", new UUID[] {campaigns[0]}));
            ps.setObject(2, new long[] {HOUR0});
            ps.setArray(3, c.createArrayOf("text", new String[] {"DISPLAY"}));
            ps.setArray(4, c.createArrayOf("text", new String[] {"AWARENESS"}));
            for (int v = 0; v < 6; v++) {
                ps.setObject(5 + v, new long[] {1});
            }
            StringBuilder text = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    text.append(rs.getString(1).trim()).append(" | ");
                }
            }
            c.rollback();
            return text.toString();
        }
    }
}
