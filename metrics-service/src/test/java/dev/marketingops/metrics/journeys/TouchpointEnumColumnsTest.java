package dev.marketingops.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.activity.domain.CountedActivity;
import dev.marketingops.metrics.journeys.domain.CustomerPseudonym;
import dev.marketingops.metrics.support.Touchpoints;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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
    Touchpoints touchpoints;
    @Inject
    CustomerPseudonym pseudonym;
    @Inject
    Clock clock;

    @Test
    void theEnumTypesHoldExactlyTheContractsConstants() {
        assertThat(labels("touchpoint_channel")).containsExactlyInAnyOrderElementsOf(names(Channel.values()));
        assertThat(labels("touchpoint_kind")).containsExactlyInAnyOrderElementsOf(names(ActivityKind.values()));
        assertThat(labels("touchpoint_journey_stage")).containsExactlyInAnyOrderElementsOf(names(JourneyStage.values()));
    }

    @Test
    void everyChannelKindAndStageIsStoredAndReadBackByItsName() {
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
        QuarkusTransaction.requiringNew().run(() -> touchpoints.copy(rows));
        List<String> stored = touchpoints.texts(
                "select concat_ws('|', channel, kind, journey_stage) from touchpoint where campaign_id = ?1 order by occurred_at",
                campaign);
        assertThat(stored).containsExactlyElementsOf(expected);
    }

    private List<String> labels(String type) {
        return touchpoints.texts("select unnest(enum_range(null::" + type + "))::text");
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
