package dev.marketingops.metrics.kpis.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Records, inside the activity commit's own transaction, which campaigns a batch changed: one {@code kpi_change_batch}
 * row per KPI job. For a call from the commit instead of the V6_1 trigger, which pays for a transition table and a
 * distinct over every upserted cell that the commit already knows.
 */
public final class KpiChangeLog {

    private KpiChangeLog() {
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
