package dev.marketingops.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.activity.domain.CountedActivity;
import dev.marketingops.metrics.journeys.domain.CustomerPseudonym;
import dev.marketingops.metrics.journeys.domain.TouchpointWriter;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The touchpoint's enum columns (V7_3) hold exactly the contract's constants, and every constant round-trips by COPY. */
@QuarkusTest
class TouchpointEnumColumnsTest {

    @Inject
    TouchpointWriter writer;
    @Inject
    CustomerPseudonym pseudonym;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;

    @Test
    void theEnumTypesHoldExactlyTheContractsConstants() throws SQLException {
        assertThat(labels("touchpoint_channel")).containsExactlyInAnyOrderElementsOf(names(Channel.values()));
        assertThat(labels("touchpoint_kind")).containsExactlyInAnyOrderElementsOf(names(ActivityKind.values()));
        assertThat(labels("touchpoint_journey_stage")).containsExactlyInAnyOrderElementsOf(names(JourneyStage.values()));
    }

    @Test
    void everyChannelKindAndStageIsStoredAndReadBackByItsName() throws SQLException {
        UUID campaign = UUID.randomUUID();
        Instant at = clock.instant().minus(Duration.ofDays(1));
        List<CountedActivity> rows = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int i = 0;
        for (Channel channel : Channel.values()) {
            ActivityKind kind = ActivityKind.values()[i % ActivityKind.values().length];
            JourneyStage stage = JourneyStage.values()[i % JourneyStage.values().length];
            BigDecimal amount = kind.isMoney() ? BigDecimal.ONE : null;
            String currency = kind.isMoney() ? "EUR" : null;
            ActivityRecorded a = new ActivityRecorded(campaign, channel, kind, kind.isMoney() ? 0L : 1L, amount, currency,
                    at.plusSeconds(i), stage, "c-" + i);
            rows.add(new CountedActivity(UUID.randomUUID(), a, 0L, pseudonym.of("c-" + i)));
            expected.add(channel + "|" + kind + "|" + stage);
            i++;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                writer.write(c, rows);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> stored = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select concat_ws('|', channel, kind, journey_stage) from touchpoint where campaign_id = ? order by occurred_at")) {
            ps.setObject(1, campaign);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        assertThat(stored).containsExactlyElementsOf(expected);
    }

    private List<String> labels(String type) throws SQLException {
        List<String> labels = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select unnest(enum_range(null::" + type + "))::text")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    labels.add(rs.getString(1));
                }
            }
        }
        return labels;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
