package dev.marketingops.metrics.attribution.domain;

import dev.marketingops.contracts.metrics.KpiScope;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads what attribution needs for a scope: its campaigns, the journeys of the customers who touched them (touchpoints
 * in [from - lookback, to), conversions and revenue in [from, to)) and spend per campaign, channel and currency.
 * Journeys are built from the scope's own campaigns' touchpoints only.
 */
@ApplicationScoped
public class ScopeJourneys {

    private final AgroalDataSource dataSource;

    public ScopeJourneys(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The campaigns a scope covers (a campaign scope is its own campaign, known to metrics or not). */
    public List<UUID> campaigns(KpiScope scope, UUID id) {
        if (scope == KpiScope.CAMPAIGN) {
            return List.of(id);
        }
        String column = scope == KpiScope.LAUNCH ? "launch_id" : "product_id";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select campaign_id from campaign where " + column + " = ?")) {
            ps.setObject(1, id);
            List<UUID> campaigns = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    campaigns.add(rs.getObject(1, UUID.class));
                }
            }
            return campaigns;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the scope's campaigns", e);
        }
    }

    /** The launch metrics knows for a campaign (from campaign.lifecycle), if any. */
    public java.util.Optional<UUID> launchOf(UUID campaign) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select launch_id from campaign where campaign_id = ?")) {
            ps.setObject(1, campaign);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getObject(1, UUID.class)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the campaign's launch", e);
        }
    }

    /**
     * The journeys of every customer with a touchpoint, conversion or revenue of these campaigns in the range; with
     * {@code convertingOnly} only of customers with a conversion or revenue in [from, to) (all the heuristic models
     * need: a customer who never converted credits nobody), which reads a fraction of the rows.
     */
    public List<Journey> journeys(List<UUID> campaigns, Instant from, Instant to, Duration lookback, boolean convertingOnly) {
        Map<UUID, List<Touchpoint>> touches = new HashMap<>();
        Map<UUID, List<Conversion>> conversions = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select customer_key, campaign_id, channel, kind,
                            (extract(epoch from occurred_at) * 1000000)::bigint, count, amount, currency
                     from touchpoint where campaign_id = any(?) and occurred_at >= ? and occurred_at < ?
                       and kind <> 'SPEND'""" + (convertingOnly ? """
                       and customer_key in (
                           select customer_key from touchpoint where campaign_id = any(?) and occurred_at >= ?
                             and occurred_at < ? and kind in ('CONVERSION', 'REVENUE'))""" : ""))) {
            java.sql.Array ids = c.createArrayOf("uuid", campaigns.toArray());
            ps.setArray(1, ids);
            ps.setTimestamp(2, Timestamp.from(from.minus(lookback)));
            ps.setTimestamp(3, Timestamp.from(to));
            if (convertingOnly) {
                ps.setArray(4, ids);
                ps.setTimestamp(5, Timestamp.from(from));
                ps.setTimestamp(6, Timestamp.from(to));
            }
            ps.setFetchSize(20_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID customer = rs.getObject(1, UUID.class);
                    String kind = rs.getString(4);
                    // Epoch microseconds: a number is far cheaper to read than timestamp text, row after row.
                    long micros = rs.getLong(5);
                    Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
                    switch (kind) {
                        case "CONVERSION" -> {
                            if (!at.isBefore(from)) {
                                conversions.computeIfAbsent(customer, k -> new ArrayList<>()).add(Conversion.conversions(at, rs.getLong(6)));
                            }
                        }
                        case "REVENUE" -> {
                            if (!at.isBefore(from)) {
                                conversions.computeIfAbsent(customer, k -> new ArrayList<>())
                                        .add(Conversion.revenue(at, rs.getBigDecimal(7), rs.getString(8)));
                            }
                        }
                        default -> touches.computeIfAbsent(customer, k -> new ArrayList<>())
                                .add(new Touchpoint(rs.getObject(2, UUID.class), rs.getString(3).intern(), at));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the scope's journeys", e);
        }
        List<Journey> journeys = new ArrayList<>(touches.size());
        touches.forEach((customer, list) -> journeys.add(new Journey(list, conversions.getOrDefault(customer, List.of()))));
        conversions.forEach((customer, list) -> {
            if (!touches.containsKey(customer)) {
                journeys.add(new Journey(List.of(), list));
            }
        });
        return journeys;
    }

    /** Spend in [from, to) per campaign, channel and currency, from the money rollups. */
    public Map<UUID, Map<String, Map<String, BigDecimal>>> spend(List<UUID> campaigns, Instant from, Instant to) {
        Map<UUID, Map<String, Map<String, BigDecimal>>> spend = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select campaign_id, channel, currency, sum(amount) from money_rollup
                     where campaign_id = any(?) and kind = 'SPEND' and bucket_start >= ? and bucket_start < ?
                     group by campaign_id, channel, currency""")) {
            ps.setArray(1, c.createArrayOf("uuid", campaigns.toArray()));
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    spend.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new TreeMap<>())
                            .put(rs.getString(3).trim(), rs.getBigDecimal(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the scope's spend", e);
        }
        return spend;
    }
}
