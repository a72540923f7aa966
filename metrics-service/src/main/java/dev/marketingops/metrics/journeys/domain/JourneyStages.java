package dev.marketingops.metrics.journeys.domain;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads each customer's journey stages over time from the touchpoints of some campaigns. */
@ApplicationScoped
public class JourneyStages {

    private final AgroalDataSource dataSource;

    public JourneyStages(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Per customer, the touchpoints' stages (funnel positions) in [from, to), oldest first. */
    public Collection<List<PeopleFunnel.StageTouch>> byCustomer(List<UUID> campaigns, List<String> stageOrder,
            Instant from, Instant to) {
        Map<UUID, List<PeopleFunnel.StageTouch>> customers = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select customer_key, journey_stage, occurred_at from touchpoint
                     where campaign_id = any(?) and occurred_at >= ? and occurred_at < ?
                     order by customer_key, occurred_at, array_position(?::text[], journey_stage::text)""")) {
            ps.setArray(1, c.createArrayOf("uuid", campaigns.toArray()));
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            ps.setArray(4, c.createArrayOf("text", stageOrder.toArray()));
            ps.setFetchSize(20_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int stage = stageOrder.indexOf(rs.getString(2));
                    customers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new PeopleFunnel.StageTouch(stage, rs.getTimestamp(3).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read journey stages", e);
        }
        return customers.values();
    }
}
