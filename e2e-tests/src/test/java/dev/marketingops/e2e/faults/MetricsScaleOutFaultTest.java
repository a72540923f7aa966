package dev.marketingops.e2e.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.e2e.support.ActivityGroup;
import dev.marketingops.stack.MarketingTool;
import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.stack.ServiceProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two metrics-service replicas share marketing.activity in one consumer group, each owning partitions (read from the
 * broker's view of the group); one is killed with SIGKILL mid-load. The survivor takes over its partitions and the
 * totals are exact; after the killed replica has rejoined and owns partitions again, more load is still counted
 * exactly, read through both replicas.
 */
class MetricsScaleOutFaultTest {

    private static final int CAMPAIGNS = 12;
    private static final int EVENTS_PER_CAMPAIGN = 500;
    private static final int EVENTS_AFTER_REJOIN = 100;
    private static final long IMPRESSIONS_PER_EVENT = 3;

    @Test
    void twoReplicasShareTheLoadAndOneSurvivesTheOthersCrash() throws Exception {
        ServiceProcess first = RunningStack.get().service("metrics-service");
        ServiceProcess second = RunningStack.get().startReplica("metrics-service");
        awaitBothReplicasOwnPartitions();
        List<UUID> campaigns = new ArrayList<>();
        for (int i = 0; i < CAMPAIGNS; i++) {
            campaigns.add(UUID.randomUUID());
        }
        try (MarketingTool tool = RunningStack.tool()) {
            for (int round = 0; round < EVENTS_PER_CAMPAIGN; round++) {
                send(tool, campaigns);
                if (round == EVENTS_PER_CAMPAIGN / 2) {
                    assertThat(ActivityGroup.ownedPartitionsPerMember()).as("partitions owned per replica just before the kill")
                            .hasSize(2);
                    first.kill();
                }
            }
            tool.flush();
        }
        long expected = EVENTS_PER_CAMPAIGN * IMPRESSIONS_PER_EVENT;
        for (UUID campaign : campaigns) {
            await().atMost(Duration.ofSeconds(90)).until(() -> impressions(second.url(), campaign), total -> total >= expected);
            assertThat(impressions(second.url(), campaign)).as("campaign %s on the survivor", campaign).isEqualTo(expected);
        }

        // The killed replica comes back and rejoins the group; once both own partitions again, more load is counted
        // exactly: nothing replayed twice, nothing lost in the second rebalance.
        first.restart();
        awaitBothReplicasOwnPartitions();
        try (MarketingTool tool = RunningStack.tool()) {
            for (int round = 0; round < EVENTS_AFTER_REJOIN; round++) {
                send(tool, campaigns);
            }
            tool.flush();
        }
        long total = (EVENTS_PER_CAMPAIGN + EVENTS_AFTER_REJOIN) * IMPRESSIONS_PER_EVENT;
        for (UUID campaign : campaigns) {
            await().atMost(Duration.ofSeconds(90)).until(() -> impressions(first.url(), campaign), t -> t >= total);
            assertThat(impressions(first.url(), campaign)).as("campaign %s after the rejoin", campaign).isEqualTo(total);
            assertThat(impressions(second.url(), campaign)).as("campaign %s after the rejoin", campaign).isEqualTo(total);
        }
    }

    private static void send(MarketingTool tool, List<UUID> campaigns) {
        for (UUID campaign : campaigns) {
            tool.send(ActivityRecorded.counted(campaign, Channel.DISPLAY, ActivityKind.IMPRESSION, IMPRESSIONS_PER_EVENT,
                    Instant.now(), JourneyStage.AWARENESS));
        }
    }

    /** Two members of the activity group, one per replica, each with at least one partition. */
    private static void awaitBothReplicasOwnPartitions() {
        List<Integer> owned = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(ActivityGroup::ownedPartitionsPerMember, members -> members.size() == 2);
        System.out.println("[e2e] metrics activity partitions owned per replica: " + owned);
    }

    private static long impressions(String metricsUrl, UUID campaign) {
        return given().baseUri(metricsUrl).auth().oauth2(RunningStack.get().token("analyst"))
                .queryParam("campaignId", campaign.toString()).get("/api/v1/kpis")
                .then().statusCode(200).extract().jsonPath().getLong("kpis.impressions");
    }
}
