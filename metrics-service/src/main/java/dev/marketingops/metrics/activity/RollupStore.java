package dev.marketingops.metrics.activity;

import dev.marketingops.metrics.journeys.domain.TouchpointWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes a batch of activity in ONE transaction: the counted event ids (the id log), the rollup upserts, the reach
 * sketches and the consumer's partition positions. Either all of it commits or none of it does, which is what makes counting exact.
 * Plain JDBC with array parameters: one round trip per table per batch, however large the batch.
 */
@ApplicationScoped
public class RollupStore {

    private static final Logger LOG = Logger.getLogger(RollupStore.class);

    private final AgroalDataSource dataSource;
    private final TouchpointWriter touchpoints;

    public RollupStore(AgroalDataSource dataSource, TouchpointWriter touchpoints) {
        this.dataSource = dataSource;
        this.touchpoints = touchpoints;
    }

    /** Writes the batch: id log, rollups, reach and positions, all or nothing. */
    public void commit(String consumer, ActivityBatch batch) {
        long[] at = new long[7];
        at[0] = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                // Positions first: a fenced-off batch fails before doing any other work.
                storePositions(c, consumer, batch.ranges());
                at[1] = System.nanoTime();
                logIds(c, batch);
                at[2] = System.nanoTime();
                upsertCounts(c, batch.tally());
                at[3] = System.nanoTime();
                upsertMoney(c, batch.tally());
                at[4] = System.nanoTime();
                ReachSketchWriter.merge(c, batch.tally());
                // Customer journeys (attribution): the touchpoints commit with the counts, so exactly once as well.
                touchpoints.write(c, batch.touchpoints());
                at[5] = System.nanoTime();
            } catch (SQLException e) {
                throw new IllegalStateException("Activity batch not written", e);
            }
        });
        at[6] = System.nanoTime();
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%d events, %d cells, %d money cells, %d reach days: positions %d ms, ids %d ms, counts %d ms, "
                    + "money %d ms, reach %d ms, commit %d ms", batch.counted(), batch.tally().counts().size(),
                    batch.tally().money().size(), batch.tally().reach().size(), ms(at, 0, 1), ms(at, 1, 2),
                    ms(at, 2, 3), ms(at, 3, 4), ms(at, 4, 5), ms(at, 5, 6));
        }
    }

    private static long ms(long[] at, int from, int to) {
        return (at[to] - at[from]) / 1_000_000;
    }

    /**
     * Feeds the window the ids the partitions counted within the horizon, oldest first, but only the newest
     * {@code maxIds} of them: the window could not hold more, and reading them all could exhaust the heap.
     */
    public void loadIds(String topic, Collection<Integer> partitions, Duration horizon, long maxIds, IdWindow window) {
        if (partitions.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select partition_no, counted_at, ids from activity_id_log
                     where (topic, partition_no, first_offset) in (
                         select topic, partition_no, first_offset from (
                             select topic, partition_no, first_offset, sum(octet_length(ids) / 16)
                                    over (order by counted_at desc, partition_no, first_offset desc) as newer_ids
                             from activity_id_log
                             where topic = ? and partition_no = any(?) and counted_at > now() - make_interval(secs => ?)
                         ) recent where newer_ids <= ?)
                     order by partition_no, counted_at""")) {
            ps.setString(1, topic);
            ps.setArray(2, c.createArrayOf("int4", partitions.toArray()));
            ps.setDouble(3, horizon.toSeconds());
            ps.setLong(4, maxIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    window.load(rs.getInt(1), rs.getTimestamp(2).getTime(), rs.getBytes(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the activity id log", e);
        }
    }

    /** The stored next offset per partition of the topic (partitions never consumed are absent). */
    public Map<Integer, Long> positions(String consumer, String topic) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select partition_no, next_offset from consumer_offset where consumer = ? and topic = ?")) {
            ps.setString(1, consumer);
            ps.setString(2, topic);
            Map<Integer, Long> positions = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    positions.put(rs.getInt(1), rs.getLong(2));
                }
            }
            return positions;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read stored positions of " + consumer, e);
        }
    }

    /** One row per partition: the batch's first offset there and its counted ids, packed. */
    private static void logIds(Connection c, ActivityBatch batch) throws SQLException {
        Map<Integer, byte[]> packed = batch.packedIds();
        if (packed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into activity_id_log (topic, partition_no, first_offset, counted_at, ids)
                values (?, ?, ?, now(), ?)""")) {
            for (PartitionRange r : batch.ranges()) {
                byte[] ids = packed.get(r.partition());
                if (ids != null) {
                    ps.setString(1, r.topic());
                    ps.setInt(2, r.partition());
                    ps.setLong(3, r.first());
                    ps.setBytes(4, ids);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void upsertCounts(Connection c, ActivityTally tally) throws SQLException {
        int n = tally.counts().size();
        if (n == 0) {
            return;
        }
        UUID[] campaigns = new UUID[n];
        Long[] buckets = new Long[n];
        String[] channels = new String[n];
        String[] stages = new String[n];
        Long[][] values = new Long[6][n];
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
        try (PreparedStatement ps = c.prepareStatement("""
                insert into activity_rollup (campaign_id, bucket_start, channel, journey_stage,
                                             impressions, clicks, conversions, signups, engagements, activities)
                select c, to_timestamp(b), ch, st, i, cl, co, s, e, a
                from unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[],
                            ?::bigint[], ?::bigint[], ?::bigint[]) as t(c, b, ch, st, i, cl, co, s, e, a)
                order by c, b, ch, st
                on conflict (campaign_id, bucket_start, channel, journey_stage) do update set
                    impressions = activity_rollup.impressions + excluded.impressions,
                    clicks = activity_rollup.clicks + excluded.clicks,
                    conversions = activity_rollup.conversions + excluded.conversions,
                    signups = activity_rollup.signups + excluded.signups,
                    engagements = activity_rollup.engagements + excluded.engagements,
                    activities = activity_rollup.activities + excluded.activities""")) {
            ps.setArray(1, c.createArrayOf("uuid", campaigns));
            ps.setArray(2, c.createArrayOf("int8", buckets));
            ps.setArray(3, c.createArrayOf("text", channels));
            ps.setArray(4, c.createArrayOf("text", stages));
            for (int v = 0; v < 6; v++) {
                ps.setArray(5 + v, c.createArrayOf("int8", values[v]));
            }
            ps.executeUpdate();
        }
    }

    private static void upsertMoney(Connection c, ActivityTally tally) throws SQLException {
        int n = tally.money().size();
        if (n == 0) {
            return;
        }
        UUID[] campaigns = new UUID[n];
        Long[] buckets = new Long[n];
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
            ps.setArray(2, c.createArrayOf("int8", buckets));
            ps.setArray(3, c.createArrayOf("text", channels));
            ps.setArray(4, c.createArrayOf("text", stages));
            ps.setArray(5, c.createArrayOf("text", kinds));
            ps.setArray(6, c.createArrayOf("text", currencies));
            ps.setArray(7, c.createArrayOf("numeric", amounts));
            ps.executeUpdate();
        }
    }

    private static void storePositions(Connection c, String consumer, Collection<PartitionRange> ranges) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into consumer_offset (consumer, topic, partition_no, next_offset) values (?, ?, ?, ?)
                on conflict (consumer, topic, partition_no) do update set next_offset = excluded.next_offset
                where consumer_offset.next_offset <= ?""")) {
            // In partition order, so two members fencing each other lock the rows in the same order.
            for (PartitionRange r : ranges.stream().sorted(Comparator.comparingInt(PartitionRange::partition)).toList()) {
                ps.setString(1, consumer);
                ps.setString(2, r.topic());
                ps.setInt(3, r.partition());
                ps.setLong(4, r.next());
                ps.setLong(5, r.first());
                ps.addBatch();
            }
            int[] updated = ps.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    throw new ConsumerFencedException("Position of " + consumer + " is already past this batch");
                }
            }
        }
    }
}
