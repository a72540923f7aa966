package dev.marketingops.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.activity.domain.CountedActivity;
import dev.marketingops.metrics.journeys.domain.CustomerPseudonym;
import dev.marketingops.metrics.journeys.domain.TouchpointPartitions;
import dev.marketingops.metrics.support.Touchpoints;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Touchpoint writing and erasure: binary COPY stores every value exactly in its week, only on commit; erasure uses the bloom index. */
@QuarkusTest
class TouchpointCopyTest {

    @Inject
    Touchpoints touchpoints;
    @Inject
    CustomerPseudonym pseudonym;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;

    private CountedActivity counted(UUID campaign, ActivityKind kind, BigDecimal amount, String currency, Instant at,
                                    String customer) {
        ActivityRecorded a = new ActivityRecorded(campaign, Channel.PAID_SEARCH, kind, 3L, amount, currency, at,
                JourneyStage.CONVERSION, customer);
        return new CountedActivity(UUID.randomUUID(), a, 0L, pseudonym.of(customer));
    }

    @Test
    void copiesEveryValueExactlyIntoTheWeekOfItsEventTime() {
        UUID campaign = UUID.randomUUID();
        Instant week1 = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(3));
        Instant week2 = week1.minus(Duration.ofDays(10));
        List<CountedActivity> rows = List.of(
                counted(campaign, ActivityKind.REVENUE, new BigDecimal("12.5"), "EUR", week1.plusNanos(234_567_890L), "c-1"),
                counted(campaign, ActivityKind.REVENUE, new BigDecimal("0.000001"), "USD", week1.plusSeconds(1), "c-2"),
                counted(campaign, ActivityKind.REVENUE, new BigDecimal("-123456789012.123456"), "EUR", week1.plusSeconds(2), "c-3"),
                counted(campaign, ActivityKind.REVENUE, new BigDecimal("1E+3"), "JPY", week1.plusSeconds(3), "c-4"),
                counted(campaign, ActivityKind.REVENUE, new BigDecimal("0.00"), "EUR", week1.plusSeconds(4), "c-5"),
                counted(campaign, ActivityKind.REVENUE, new BigDecimal("99990000.0001"), "EUR", week1.plusSeconds(5), "c-6"),
                counted(campaign, ActivityKind.CLICK, null, null, week2, "c-7"));
        QuarkusTransaction.requiringNew().run(() -> touchpoints.copy(rows));

        List<String> stored = read(campaign);
        assertThat(stored).containsExactly(
                row(week2, null, null, "c-7", "CLICK"),
                row(week1, "12.500000", "EUR", "c-1", "REVENUE").replace(" 00:00:00+00", " 00:00:00.234568+00"),
                row(week1.plusSeconds(1), "0.000001", "USD", "c-2", "REVENUE"),
                row(week1.plusSeconds(2), "-123456789012.123456", "EUR", "c-3", "REVENUE"),
                row(week1.plusSeconds(3), "1000.000000", "JPY", "c-4", "REVENUE"),
                row(week1.plusSeconds(4), "0.000000", "EUR", "c-5", "REVENUE"),
                row(week1.plusSeconds(5), "99990000.000100", "EUR", "c-6", "REVENUE"));
        assertThat(partitionsOf(campaign)).containsExactlyInAnyOrder(
                TouchpointPartitions.partitionOf(week1), TouchpointPartitions.partitionOf(week2));
    }

    @Test
    void aRolledBackBatchLeavesNoTouchpoint() {
        UUID campaign = UUID.randomUUID();
        Instant at = clock.instant().minus(Duration.ofDays(1));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            touchpoints.copy(List.of(counted(campaign, ActivityKind.CLICK, null, null, at, "rolled-back")));
            throw new IllegalStateException("the rollups failed after the touchpoints");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(read(campaign)).isEmpty();
    }

    @Test
    void erasureFindsTheCustomerThroughTheBloomIndexNotAWholeScan() throws SQLException {
        UUID campaign = UUID.randomUUID();
        Instant at = clock.instant().minus(Duration.ofDays(2));
        List<CountedActivity> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            rows.add(counted(campaign, ActivityKind.CLICK, null, null, at.plusMillis(i), "bulk-" + i));
        }
        rows.add(counted(campaign, ActivityKind.CLICK, null, null, at, "to-erase"));
        QuarkusTransaction.requiringNew().run(() -> touchpoints.copy(rows));
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("set local enable_seqscan = off"); // as TouchpointErasure does
                try (PreparedStatement ps = c.prepareStatement("explain delete from touchpoint where customer_key = ?")) {
                    ps.setObject(1, pseudonym.of("to-erase"));
                    StringBuilder text = new StringBuilder();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            text.append(rs.getString(1)).append('\n');
                        }
                    }
                    return text.toString();
                }
            }
        });
        assertThat(plan).contains("Bitmap Index Scan on " + TouchpointPartitions.partitionOf(at) + "_customer_key_idx")
                .doesNotContain("Seq Scan on " + TouchpointPartitions.partitionOf(at));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select indexdef from pg_indexes where tablename = 'touchpoint' and indexname = 'touchpoint_customer'");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains("USING brin (customer_key uuid_bloom_ops");
        }
    }

    /** As the read below renders it (the event time rounded to the microsecond, the amount at the column's scale). */
    private String row(Instant at, String amount, String currency, String customer, String kind) {
        String time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC).format(at) + "+00";
        return String.join("|", time, "3", pseudonym.of(customer).toString(), "PAID_SEARCH", kind, "CONVERSION",
                String.valueOf(amount), String.valueOf(currency));
    }

    private List<String> read(UUID campaign) {
        return touchpoints.texts("""
                select concat_ws('|', occurred_at at time zone 'UTC' || '+00', count, customer_key, channel, kind,
                                 journey_stage, coalesce(amount::text, 'null'), coalesce(currency, 'null'))
                from touchpoint where campaign_id = ?1 order by occurred_at""", campaign);
    }

    private List<String> partitionsOf(UUID campaign) {
        return touchpoints.texts("select distinct tableoid::regclass::text from touchpoint where campaign_id = ?1", campaign);
    }
}
