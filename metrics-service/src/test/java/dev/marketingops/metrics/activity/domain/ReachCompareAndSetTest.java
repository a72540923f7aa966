package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reach write-back is a compare-and-set on the row version read: another writer in between fails the batch. */
@QuarkusTest
class ReachCompareAndSetTest {

    private static final Instant AT = Instant.parse("2026-03-04T05:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSketchStillAsReadIsMergedAndWritten() {
        UUID campaign = UUID.randomUUID();
        writeReach(tally(campaign, "cust-1", "cust-2"));
        writeReach(tally(campaign, "cust-2", "cust-3"));

        assertThat(ReachSketches.estimate(List.of(storedSketch(campaign)))).isEqualTo(3);
    }

    @Test
    void aSketchChangedByAnotherWriterBetweenReadAndWriteFailsTheWrite() {
        UUID campaign = UUID.randomUUID();
        writeReach(tally(campaign, "cust-1"));
        byte[] before = storedSketch(campaign);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                ReachSketchWriter.Merged merged = ReachSketchWriter.merge(ReachSketchWriter.read(c, tally(campaign, "cust-9")));
                // Another writer rewrites the row (same bytes, new row version) and commits before this write.
                QuarkusTransaction.requiringNew().run(() -> execute(
                        "update reach_sketch set sketch = sketch where campaign_id = '" + campaign + "'"));
                merged.write(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        })).hasRootCauseMessage("Reach sketches changed by another writer (0 of 1 written): the batch is rolled back "
                + "and read again");

        assertThat(storedSketch(campaign)).isEqualTo(before);
    }

    private void writeReach(ActivityTally tally) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                ReachSketchWriter.merge(ReachSketchWriter.read(c, tally)).write(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private byte[] storedSketch(UUID campaign) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select sketch from reach_sketch where campaign_id = ?")) {
            ps.setObject(1, campaign);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ActivityTally tally(UUID campaign, String... customers) {
        ActivityTally tally = new ActivityTally();
        for (String customer : customers) {
            tally.add(new ActivityRecorded(campaign, Channel.EMAIL, ActivityKind.CLICK, 1L, null, null, AT,
                    JourneyStage.CONSIDERATION, customer));
        }
        return tally;
    }
}
