package dev.marketingops.metrics.kpis.domain;

import dev.marketingops.metrics.activity.domain.ActivityBatch;
import dev.marketingops.metrics.activity.domain.ActivityTally;
import dev.marketingops.metrics.activity.domain.RollupTransactionStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records, inside the activity commit's own transaction, which campaigns a batch changed: one {@code kpi_change_batch}
 * row per KPI job. A step of the commit instead of the V6_1 trigger (dropped in V6_2), which paid for a transition
 * table and a distinct over every upserted cell that the commit already knows (+50 ms per 30k-cell batch).
 */
@ApplicationScoped
public class KpiChangeLog implements RollupTransactionStep {

    @Override
    public String stage() {
        return "kpi-changes";
    }

    @Override
    public void write(Connection connection, ActivityBatch batch) throws SQLException {
        record(connection, batch.tally().counts().keySet().stream().map(ActivityTally.Cell::campaignId)
                .collect(Collectors.toSet()));
    }

    /** Records the campaigns of a committed batch for both jobs; nothing when none. */
    public static void record(Connection c, Collection<UUID> campaigns) throws SQLException {
        if (campaigns.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into kpi_change_batch (job, campaign_ids)
                select j, ?::uuid[] from (values ('SNAPSHOT'), ('THRESHOLD')) v (j)""")) {
            ps.setArray(1, c.createArrayOf("uuid", campaigns.toArray()));
            ps.executeUpdate();
        }
    }
}
