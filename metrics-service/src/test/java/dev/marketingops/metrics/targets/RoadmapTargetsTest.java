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
import dev.marketingops.contracts.roadmap.LaunchRescheduled;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.contracts.roadmap.ObjectiveChange;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.targets.app.ThresholdWatch;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.Owners;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.KpiEvents;
import dev.marketingops.metrics.support.KpiMarkers;
import dev.marketingops.metrics.support.Rollups;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

    @Inject
    KpiMarkers markers;

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
        // Counted only after a later event on the launch's partition, so a second crossing could not still be on its way.
        List<KpiThresholdCrossed> reached = markers.afterMarker(KpiThresholdCrossed.class, campaign, launch, product, launch);
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

    @Test
    void aRescheduledLaunchMovesItsDatedTargetsByTheDifferenceOnceEvenWhenRedelivered() {
        UUID launch = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        UUID conversions = UUID.randomUUID();
        UUID cpa = UUID.randomUUID();
        publish(new LaunchScheduled(launch, UUID.randomUUID(), product, UUID.randomUUID(), "Summer", LocalDate.of(2026, 4, 1),
                1, List.of("DE"), List.of(Channel.EMAIL), List.of("smb"), Api.TEAM, null, List.of(
                        new LaunchObjective(conversions, KpiKey.CONVERSIONS, Direction.INCREASE, BigDecimal.ZERO,
                                new BigDecimal("50"), LocalDate.of(2026, 6, 30)),
                        new LaunchObjective(cpa, KpiKey.CPA, Direction.DECREASE, new BigDecimal("40"),
                                new BigDecimal("25"), LocalDate.of(2026, 5, 15)))));
        putAnalystTarget(launch, "roas", "\"dueDate\":\"2026-09-30\"");
        putAnalystTarget(launch, "ctr", null);
        UUID otherLaunch = UUID.randomUUID();
        publish(new LaunchScheduled(otherLaunch, UUID.randomUUID(), product, UUID.randomUUID(), "Autumn", LocalDate.of(2026, 9, 1),
                1, List.of("DE"), List.of(Channel.EMAIL), List.of("smb"), Api.TEAM, null, List.of()));
        putAnalystTarget(otherLaunch, "roas", "\"dueDate\":\"2026-09-30\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> targetsOf(launch).size() == 4);
        Map<String, Map<String, Object>> before = targetsOf(launch);

        // The same CloudEvent twice, as a producer retry or a redelivery would bring it: applied once.
        CloudEvent rescheduled = CODEC.toCloudEvent(new LaunchRescheduled(launch, UUID.randomUUID(), product,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15), "App store review"));
        publish(rescheduled, launch);
        publish(rescheduled, launch);
        // Same key, same partition, so once this objective shows, both copies above have been handled.
        UUID marker = UUID.randomUUID();
        publish(new ObjectiveChanged(marker, UUID.randomUUID(), launch, product, KpiKey.CLICKS, Direction.INCREASE,
                BigDecimal.ZERO, new BigDecimal("500"), LocalDate.of(2026, 8, 1), ObjectiveChange.CREATED));
        await().atMost(Duration.ofSeconds(30)).until(() -> targetsOf(launch).containsKey(marker.toString()));

        Map<String, Map<String, Object>> after = targetsOf(launch);
        assertThat(after.get(conversions.toString())).containsEntry("dueDate", "2026-07-14")
                .containsEntry("version", nextVersion(before.get(conversions.toString())));
        assertThat(after.get(cpa.toString())).containsEntry("dueDate", "2026-05-29")
                .containsEntry("version", nextVersion(before.get(cpa.toString())));
        assertThat(after.get("roas")).containsEntry("dueDate", "2026-10-14")
                .containsEntry("version", nextVersion(before.get("roas")));
        assertThat(after.get("ctr")).isEqualTo(before.get("ctr"));
        // An objective announced after the move carries roadmap's date as it is.
        assertThat(after.get(marker.toString())).containsEntry("dueDate", "2026-08-01");
        assertThat(targetsOf(otherLaunch).get("roas")).containsEntry("dueDate", "2026-09-30");
    }

    private static void putAnalystTarget(UUID launch, String kpi, String dueDate) {
        Owners.await(KpiScope.LAUNCH, launch, Api.TEAM);
        Api.as("analyst").contentType("application/json")
                .body("{\"direction\":\"INCREASE\",\"target\":0.5" + (dueDate == null ? "" : "," + dueDate) + "}")
                .put("/api/v1/targets/launch/" + launch + "/" + kpi).then().statusCode(200);
    }

    /** A launch's targets as the API shows them, by objective id (roadmap) or KPI key (analyst). */
    private static Map<String, Map<String, Object>> targetsOf(UUID launch) {
        List<Map<String, Object>> rows = Api.viewer().get("/api/v1/targets/launch/" + launch).then().statusCode(200)
                .extract().jsonPath().getList("$");
        return rows.stream().collect(Collectors.toMap(
                r -> String.valueOf(r.get("objectiveId") != null ? r.get("objectiveId") : r.get("kpiKey")), r -> r));
    }

    private static int nextVersion(Map<String, Object> target) {
        return ((Number) target.get("version")).intValue() + 1;
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

    private static void publish(CloudEvent event, UUID launch) {
        new KafkaTestClient(KafkaTestResource.broker().bootstrapServers()).publish(CODEC.toProducerRecord(event, launch.toString()));
    }
}
