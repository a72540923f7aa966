package dev.marketingops.metrics.activity.domain;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** The rollup steps of a {@link RollupStore} commit: one {@code unnest} upsert for counts and one for money. */
final class RollupUpserts {

    /** A batch's count cells as rows {@code t(c, b, ch, st, i, cl, co, s, e, a)}, bound by {@link #counts}. */
    static final String COUNTS_SOURCE = """
            unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[],
                   ?::bigint[], ?::bigint[], ?::bigint[]) as t(c, b, ch, st, i, cl, co, s, e, a)""";

    /** Adds the cells to the stored counts; rows in key order, so concurrent writers lock them in the same order. */
    static final String COUNTS_UPSERT = """
            insert into activity_rollup (campaign_id, bucket_start, channel, journey_stage,
                                         impressions, clicks, conversions, signups, engagements, activities)
            select c, to_timestamp(b), ch, st, i, cl, co, s, e, a from\s""" + COUNTS_SOURCE + """
             order by c, b, ch, st
            on conflict (campaign_id, bucket_start, channel, journey_stage) do update set
                impressions = activity_rollup.impressions + excluded.impressions,
                clicks = activity_rollup.clicks + excluded.clicks,
                conversions = activity_rollup.conversions + excluded.conversions,
                signups = activity_rollup.signups + excluded.signups,
                engagements = activity_rollup.engagements + excluded.engagements,
                activities = activity_rollup.activities + excluded.activities""";

    private RollupUpserts() {
    }

    static void counts(Connection c, ActivityTally tally) throws SQLException {
        counts(c, tally, COUNTS_UPSERT);
    }

    /** Runs {@code sql} over {@link #COUNTS_SOURCE} bound to the tally's cells (the benchmark's MERGE uses it too). */
    static void counts(Connection c, ActivityTally tally, String sql) throws SQLException {
        int n = tally.counts().size();
        if (n == 0) {
            return;
        }
        UUID[] campaigns = new UUID[n];
        long[] buckets = new long[n];
        String[] channels = new String[n];
        String[] stages = new String[n];
        long[][] values = new long[6][n];
        int i = 0;
        for (var e : tally.counts().entrySet()) {
            ActivityTally.Cell cell = e.getKey();
            ActivityTally.Counts k = e.getValue();
            campaigns[i] = cell.campaignId();
            buckets[i] = cell.bucketEpochSecond();
            channels[i] = cell.channel();
            stages[i] = cell.journeyStage();
            values[0][i] = k.impressions;
            values[1][i] = k.clicks;
            values[2][i] = k.conversions;
            values[3][i] = k.signups;
            values[4][i] = k.engagements;
            values[5][i] = k.activities;
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("uuid", campaigns));
            // Primitive long[] goes in binary (pgjdbc has no binary form for uuid[] or text[]): no digits to parse.
            ps.setObject(2, buckets);
            ps.setArray(3, c.createArrayOf("text", channels));
            ps.setArray(4, c.createArrayOf("text", stages));
            for (int v = 0; v < 6; v++) {
                ps.setObject(5 + v, values[v]);
            }
            ps.executeUpdate();
        }
    }

    static void money(Connection c, ActivityTally tally) throws SQLException {
        int n = tally.money().size();
        if (n == 0) {
            return;
        }
        UUID[] campaigns = new UUID[n];
        long[] buckets = new long[n];
        String[] channels = new String[n];
        String[] stages = new String[n];
        String[] kinds = new String[n];
        String[] currencies = new String[n];
        BigDecimal[] amounts = new BigDecimal[n];
        int i = 0;
        for (var e : tally.money().entrySet()) {
            ActivityTally.MoneyCell m = e.getKey();
            campaigns[i] = m.cell().campaignId();
            buckets[i] = m.cell().bucketEpochSecond();
            channels[i] = m.cell().channel();
            stages[i] = m.cell().journeyStage();
            kinds[i] = m.kind();
            currencies[i] = m.currency();
            amounts[i] = e.getValue();
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into money_rollup (campaign_id, bucket_start, channel, journey_stage, kind, currency, amount)
                select c, to_timestamp(b), ch, st, k, cur, a
                from unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[])
                     as t(c, b, ch, st, k, cur, a)
                order by c, b, ch, st, k, cur
                on conflict (campaign_id, bucket_start, channel, journey_stage, kind, currency)
                do update set amount = money_rollup.amount + excluded.amount""")) {
            ps.setArray(1, c.createArrayOf("uuid", campaigns));
            ps.setObject(2, buckets);
            ps.setArray(3, c.createArrayOf("text", channels));
            ps.setArray(4, c.createArrayOf("text", stages));
            ps.setArray(5, c.createArrayOf("text", kinds));
            ps.setArray(6, c.createArrayOf("text", currencies));
            ps.setArray(7, c.createArrayOf("numeric", amounts));
            ps.executeUpdate();
        }
    }
}
