package dev.marketingops.metrics.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.contracts.metrics.ThresholdKind;
import dev.marketingops.contracts.roadmap.LaunchObjective;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.contracts.roadmap.ObjectiveChange;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.campaigns.CampaignDirectory;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.KpiEvents;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Targets come from roadmap objectives on roadmap.launches; reaching one emits TARGET_REACHED for the launch. */
@QuarkusTest
class RoadmapTargetsTest {

    private static final EventCodec CODEC = EventCodec.standard();

    @Inject
    Rollups rollups;

    @Inject
    ThresholdWatch watch;

    @Inject
    CampaignDirectory directory;

    @Test
    void aLaunchObjectiveBecomesATargetThatIsReachedOnceAndGoesWhenDeleted() {
        UUID launch = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        publish(new LaunchScheduled(launch, UUID.randomUUID(), product, UUID.randomUUID(), "Spring", LocalDate.of(2026, 4, 1),
                1, List.of("DE"), List.of(Channel.EMAIL), List.of("smb"), Api.TEAM, null,
                List.of(new LaunchObjective(objective, KpiKey.CONVERSIONS, Direction.INCREASE, BigDecimal.ZERO,
                        new BigDecimal("50"), LocalDate.of(2026, 6, 30)))));
        CampaignEvents.created(campaign, launch, product, Money.of("1000", "EUR"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Api.viewer().get("/api/v1/targets/launch/" + launch).then().statusCode(200).extract().jsonPath()
                        .getList("objectiveId")).containsExactly(objective.toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(campaign).isPresent());

        convert(campaign, 30);
        convert(campaign, 25);
        convert(campaign, 1);

        await().atMost(Duration.ofSeconds(30)).until(() -> !KpiEvents.of(KpiThresholdCrossed.class, launch).isEmpty());
        List<KpiThresholdCrossed> reached = KpiEvents.of(KpiThresholdCrossed.class, launch);
        assertThat(reached).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ThresholdKind.TARGET_REACHED);
            assertThat(e.scope()).isEqualTo(KpiScope.LAUNCH);
            assertThat(e.objectiveId()).isEqualTo(objective);
            assertThat(e.value()).isEqualByComparingTo("55");
        });

        publish(new ObjectiveChanged(objective, UUID.randomUUID(), launch, product, KpiKey.CONVERSIONS, Direction.INCREASE,
                BigDecimal.ZERO, new BigDecimal("50"), LocalDate.of(2026, 6, 30), ObjectiveChange.DELETED));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Api.viewer().get("/api/v1/targets/launch/" + launch).then().statusCode(200).extract().jsonPath()
                        .getList("$")).isEmpty());
    }

    private void convert(UUID campaign, long count) {
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(ActivityFeed.record(ActivityRecorded.counted(campaign, Channel.EMAIL,
                    ActivityKind.CONVERSION, count, Instant.parse("2026-04-02T10:00:00Z"), JourneyStage.CONVERSION))));
        }
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        watch.evaluate();
    }

    private static void publish(dev.marketingops.contracts.EventPayload payload) {
        new KafkaTestClient(KafkaTestResource.broker().bootstrapServers()).publish(CODEC.toProducerRecord(payload));
    }
}
