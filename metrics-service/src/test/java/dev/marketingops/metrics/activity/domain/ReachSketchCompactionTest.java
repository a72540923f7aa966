package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Batches add a pending reach row per campaign-day; compaction merges a day's rows into one without changing the
 * estimate, and a batch committing while a compaction runs keeps its row for the next round.
 */
@QuarkusTest
class ReachSketchCompactionTest {

    private static final Instant AT = Instant.parse("2026-03-04T05:00:00Z");
    private static final int ALL = 1_000_000;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void batchesAddRowsThatCompactionMergesIntoOneWithTheSameEstimate() {
        UUID campaign = UUID.randomUUID();
        writeReach(tally(campaign, "cust-1", "cust-2"));
        writeReach(tally(campaign, "cust-2", "cust-3"));
        assertThat(ReachSketches.estimate(sketches(campaign, null))).isEqualTo(3);

        compact();

        assertThat(sketches(campaign, false)).hasSize(1);
        assertThat(sketches(campaign, true)).isEmpty();
        assertThat(ReachSketches.estimate(sketches(campaign, null))).isEqualTo(3);

        writeReach(tally(campaign, "cust-3", "cust-4"));
        assertThat(ReachSketches.estimate(sketches(campaign, null))).isEqualTo(4);
        compact();
        assertThat(sketches(campaign, null)).hasSize(1);
        assertThat(ReachSketches.estimate(sketches(campaign, null))).isEqualTo(4);
    }

    @Test
    void aBatchCommittedWhileACompactionRunsKeepsItsPendingRow() {
        UUID campaign = UUID.randomUUID();
        writeReach(tally(campaign, "cust-1", "cust-2"));

        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                ReachSketchCompaction.compact(c, ALL);
                // A batch commits after the compaction deleted the day's rows and before it commits its merge.
                writeReach(tally(campaign, "cust-3"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(sketches(campaign, true)).hasSize(1);
        assertThat(ReachSketches.estimate(sketches(campaign, null))).isEqualTo(3);
        compact();
        assertThat(sketches(campaign, null)).hasSize(1);
        assertThat(ReachSketches.estimate(sketches(campaign, null))).isEqualTo(3);
    }

    private void writeReach(ActivityTally tally) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                ReachSketchWriter.write(c, tally);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void compact() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                ReachSketchCompaction.compact(c, ALL);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The campaign's stored sketches: pending ones, merged ones, or (null) all. */
    private List<byte[]> sketches(UUID campaign, Boolean pending) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select sketch from reach_sketch where campaign_id = ? and (?::boolean is null or pending = ?)")) {
            ps.setObject(1, campaign);
            ps.setObject(2, pending);
            ps.setObject(3, pending);
            List<byte[]> sketches = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sketches.add(rs.getBytes(1));
                }
            }
            return sketches;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ActivityTally tally(UUID campaign, String... customers) {
        ActivityTally tally = new ActivityTally();
        for (String customer : customers) {
            tally.add(new ActivityRecorded(campaign, Channel.EMAIL, ActivityKind.CLICK, 1L, null, null, AT,
                    JourneyStage.CONSIDERATION, customer), UUID.nameUUIDFromBytes(customer.getBytes(StandardCharsets.UTF_8)));
        }
        return tally;
    }
}
