package dev.marketingops.campaign.campaigns;

import static dev.marketingops.campaign.support.CampaignApi.BASE;
import static dev.marketingops.campaign.support.CampaignApi.OTHER_TEAM;
import static dev.marketingops.campaign.support.CampaignApi.admin;
import static dev.marketingops.campaign.support.CampaignApi.body;
import static dev.marketingops.campaign.support.CampaignApi.create;
import static dev.marketingops.campaign.support.CampaignApi.get;
import static dev.marketingops.campaign.support.CampaignApi.managerOf;
import static dev.marketingops.campaign.support.CampaignApi.post;
import static dev.marketingops.campaign.support.CampaignApi.put;
import static dev.marketingops.campaign.support.CampaignApi.step;
import static dev.marketingops.campaign.support.CampaignApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.campaign.support.CampaignApi;
import dev.marketingops.campaign.support.KafkaEvents;
import dev.marketingops.campaign.support.Launches;
import dev.marketingops.campaign.support.TestClock;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import java.time.Duration;
import java.time.ZoneOffset;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Writes are for campaign managers of the owner team, or admins; everyone with a read role may read. */
@QuarkusTest
class CampaignOwnershipTest {

    @Test
    void anotherTeamsManagerCannotEditOrStepTheCampaign() {
        UUID id = create();
        Map<String, Object> changed = body();
        changed.put("name", "Hijacked");

        put(managerOf(OTHER_TEAM), id, null, changed).statusCode(403).contentType(startsWith("application/problem+json"));
        step(managerOf(OTHER_TEAM), id, "cancel", null).statusCode(403);
        get(id).body("name", equalTo("Spring push")).body("status", equalTo("DRAFT"));
    }

    @Test
    void aManagerCannotCreateForAnotherTeamButAnAdminCan() {
        Map<String, Object> body = body();
        body.put("ownerTeam", OTHER_TEAM);
        post(CampaignApi.manager(), body).statusCode(403);
        post(admin(), body).statusCode(201).body("ownerTeam", equalTo(OTHER_TEAM));
    }

    @Test
    void anotherTeamCannotLinkItsCampaignToTheLaunchOrUnderTheCampaignOfAnotherTeam() {
        UUID launch = UUID.randomUUID();
        KafkaEvents.publish(Launches.scheduled(launch, TestClock.now().atZone(ZoneOffset.UTC).toLocalDate().plusDays(60),
                null, Channel.EMAIL));
        await().atMost(Duration.ofSeconds(20)).until(() -> Launches.countOf(launch) == 1);
        UUID parent = create();

        Map<String, Object> onLaunch = body();
        onLaunch.put("launchId", launch.toString());
        post(managerOf(OTHER_TEAM), onLaunch).statusCode(403).body("detail", containsString("'" + CampaignApi.TEAM + "'"));
        post(CampaignApi.manager(), onLaunch).statusCode(201);

        Map<String, Object> underParent = body();
        underParent.put("parentId", parent.toString());
        post(managerOf(OTHER_TEAM), underParent).statusCode(403);
        UUID own = UUID.fromString(post(managerOf(OTHER_TEAM), body()).statusCode(201).extract().path("id"));
        put(managerOf(OTHER_TEAM), own, null, underParent).statusCode(403);
        assertThat(Launches.countOf(launch)).isEqualTo(2);
    }

    @Test
    void anotherTeamCannotNameTheProductOfAnotherTeamOnceRoadmapAnnouncedItsOwner() {
        UUID product = UUID.randomUUID();
        Map<String, Object> forProduct = body();
        forProduct.put("productId", product.toString());
        KafkaEvents.publish(new LifecycleStageChanged(product, null, LifecycleStage.INTRODUCTION,
                TestClock.now().atZone(ZoneOffset.UTC).toLocalDate(), CampaignApi.TEAM));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                post(managerOf(OTHER_TEAM), forProduct).statusCode(403).body("detail", containsString("'" + CampaignApi.TEAM + "'")));
        post(CampaignApi.manager(), forProduct).statusCode(201);
    }

    @Test
    void aLaunchThisServiceHasNotSeenScheduledIsLinkedOnlyByAnAdmin() {
        Map<String, Object> onUnseen = body();
        onUnseen.put("launchId", UUID.randomUUID().toString());
        post(CampaignApi.manager(), onUnseen).statusCode(403).body("detail", containsString("not known here yet"));
        onUnseen.put("ownerTeam", CampaignApi.TEAM);
        post(admin(), onUnseen).statusCode(201);
    }

    @Test
    void anAdminMayStepAnyTeamsCampaign() {
        UUID id = create();
        step(admin(), id, "cancel", "budget moved to Q3").statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aViewerReadsButCannotWrite() {
        UUID id = create();
        get(id).statusCode(200);
        post(viewer(), body()).statusCode(403);
        step(viewer(), id, "cancel", null).statusCode(403);
    }

    @Test
    void noTokenIs401() {
        given().get(BASE).then().statusCode(401);
    }
}
