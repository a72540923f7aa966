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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.campaign.support.CampaignApi;
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
