package dev.marketingops.roadmap.launches;

import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.campaign.CampaignActivated;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignPaused;
import dev.marketingops.contracts.campaign.CampaignSchedule;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import dev.marketingops.roadmap.support.Published;
import dev.marketingops.roadmap.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** GET /launches/{id} shows the campaigns campaign-service created for the launch, with their latest states. */
@QuarkusTest
class LaunchCampaignsTest {

    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

    private static CampaignCreated created(UUID campaign, UUID product, UUID launch, Channel channel) {
        return new CampaignCreated(campaign, product, launch, Api.TEAM, T0, "Launch - " + channel, "Drive sign-ups",
                List.of(channel), "smb-eu", Money.of("25000.00", "EUR"),
                new CampaignSchedule(T0, T0.plus(Duration.ofDays(30)), "Europe/Berlin"), CampaignStatus.DRAFT, null);
    }

    @Test
    void campaignsOfALaunchAndTheirStatesAreShownOnTheLaunch() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        UUID email = UUID.randomUUID();
        UUID social = UUID.randomUUID();

        ProducerRecord<String, byte[]> emailCreated = Upstream.record(created(email, fixture.productId(), launch, Channel.EMAIL));
        Published.kafka().publish(emailCreated);
        Upstream.publish(created(social, fixture.productId(), launch, Channel.SOCIAL));
        Upstream.publish(new CampaignActivated(email, fixture.productId(), launch, Api.TEAM, T0.plusSeconds(60)));
        Upstream.publish(new CampaignPaused(email, fixture.productId(), launch, Api.TEAM, T0.plusSeconds(120), "budget exhausted", true));
        // A redelivered creation after the pause must not reset the campaign to DRAFT.
        Published.kafka().publish(emailCreated);
        Upstream.publish(new CampaignActivated(social, fixture.productId(), launch, Api.TEAM, T0.plusSeconds(90)));

        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(launch).equals(Map.of(
                email.toString(), "PAUSED", social.toString(), "ACTIVE")));
        JsonPath body = asViewer().get("/api/v1/launches/" + launch).then().statusCode(200).extract().jsonPath();
        assertThat(body.getList("campaigns.name")).containsExactlyInAnyOrder("Launch - EMAIL", "Launch - SOCIAL");
    }

    private static Map<String, String> statuses(UUID launch) {
        JsonPath body = asViewer().get("/api/v1/launches/" + launch).then().statusCode(200).extract().jsonPath();
        List<String> ids = body.getList("campaigns.campaignId");
        List<String> states = body.getList("campaigns.status");
        Map<String, String> result = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            result.put(ids.get(i), states.get(i));
        }
        return result;
    }
}
