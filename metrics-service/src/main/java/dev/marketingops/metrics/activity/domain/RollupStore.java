package dev.marketingops.metrics.activity.domain;

import dev.marketingops.metrics.journeys.domain.TouchpointWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.postgresql.PGStatement;

/**
 * Writes a batch of activity in ONE transaction: the consumer's partition positions, the counted event ids (the id
 * log), the rollup upserts, the reach sketches and every {@link RollupTransactionStep}. Either all of it commits or
 * none of it does, which is what makes counting exact. Plain JDBC with array parameters: one round trip per table per
 * batch, however large the batch. Each step is timed in {@link ActivityStages}.
 */
@ApplicationScoped
public class RollupStore {

    private static final Logger LOG = Logger.getLogger(RollupStore.class);

    private final AgroalDataSource dataSource;
    private final ActivityStages stages;
    private final List<RollupTransactionStep> sameTransaction;

    public RollupStore(AgroalDataSource dataSource, ActivityStages stages, @Any Instance<RollupTransactionStep> sameTransaction) {
        this.dataSource = dataSource;
        this.stages = stages;
        this.sameTransaction = sameTransaction.stream().toList();
    }

    /**
     * Writes the batch: positions, id log, rollups, reach and the same-transaction steps, all or nothing, on this
     * thread. (Preparing the steps' rows on a second thread while the statements ran was tried and withdrawn: on two
     * cores it showed no gain, docs/benchmarks.md.)
     */
    public void commit(String consumer, ActivityBatch batch) {
        long lastStepEnd = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                long t = System.nanoTime();
                // Positions first: a fenced-off batch fails before doing any other work.
                storePositions(c, consumer, batch.ranges());
                t = stages.since("positions", t);
                logIds(c, batch);
                t = stages.since("ids", t);
                RollupUpserts.counts(c, batch.tally());
                t = stages.since("counts", t);
                RollupUpserts.money(c, batch.tally());
                t = stages.since("money", t);
                ReachSketchWriter.write(c, batch.tally());
                t = stages.since("reach", t);
                // The place for writes that must count with the rollups, or not at all (journeys, attribution).
                for (RollupTransactionStep step : sameTransaction) {
                    step.write(c, batch);
                    t = stages.since(step.stage(), t);
                }
                return t;
            } catch (SQLException e) {
                throw new IllegalStateException("Activity batch not written", e);
            }
        });
        stages.since("tx-commit", lastStepEnd);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%d events, %d cells, %d money cells, %d reach days (step times: timer %s)", batch.counted(),
                    batch.tally().counts().size(), batch.tally().money().size(), batch.tally().reach().size(),
                    ActivityStages.METER);
        }
    }

    /** The newest rows of the id log within the horizon, up to the window's size, oldest first per partition. */
    static final String ID_LOG_READ = """
            select partition_no, counted_at, ids from activity_id_log
            where (topic, partition_no, first_offset) in (
                select topic, partition_no, first_offset from (
                    select topic, partition_no, first_offset, sum(octet_length(ids) / 16)
                           over (order by counted_at desc, partition_no, first_offset desc) as newer_ids
                    from activity_id_log
                    where topic = ? and partition_no = any(?) and counted_at > now() - make_interval(secs => ?)
                ) recent where newer_ids <= ?)
            order by partition_no, counted_at""";
    /** Rows held at once while the window is rebuilt: a row is one batch's ids of one partition (~0.25–0.5 MB). */
    static final int ID_LOG_FETCH_ROWS = 8;

    /**
     * Feeds the window the ids the partitions counted within the horizon, oldest first, but only the newest
     * {@code maxIds} of them: the window could not hold more, and reading them all could exhaust the heap. The rows
     * come through a cursor, a few at a time, in PostgreSQL's binary format: read whole and as text (the driver's
     * default for a one-off query), a full window's 64 MB of ids arrived as 128 MB of hex held at once beside the
     * window being built, more than metrics' heap has room for (docs/benchmarks.md, "The id window's rebuild").
     */
    public void loadIds(String topic, Collection<Integer> partitions, Duration horizon, long maxIds, IdWindow window) {
        if (partitions.isEmpty()) {
            return;
        }
        // A cursor needs a transaction; the read changes nothing.
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement(ID_LOG_READ)) {
                // A negative threshold is pgjdbc's switch for binary results on the first execution.
                ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
                ps.setFetchSize(ID_LOG_FETCH_ROWS);
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
        });
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
