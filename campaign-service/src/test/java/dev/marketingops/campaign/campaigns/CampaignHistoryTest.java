package dev.marketingops.campaign.campaigns;

import static dev.marketingops.campaign.support.CampaignApi.BASE;
import static dev.marketingops.campaign.support.CampaignApi.create;
import static dev.marketingops.campaign.support.CampaignApi.manager;
import static dev.marketingops.campaign.support.CampaignApi.step;
import static dev.marketingops.campaign.support.CampaignApi.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.marketingops.infra.JwtTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every step a campaign takes is in its history with who, when and why. */
@QuarkusTest
class CampaignHistoryTest {

    @Test
    void historyListsEachStepWithActorTimeAndReason() {
        UUID id = create();
        step(id, "schedule").statusCode(200);
        step(id, "activate").statusCode(200);
        step(manager(), id, "pause", "creative needs a legal review").statusCode(200);

        given().auth().oauth2(viewer()).get(BASE + "/" + id + "/history").then().statusCode(200)
                .body("action", contains("CREATE", "SCHEDULE", "ACTIVATE", "PAUSE"))
                .body("from", contains(null, "DRAFT", "SCHEDULED", "ACTIVE"))
                .body("to", contains("DRAFT", "SCHEDULED", "ACTIVE", "PAUSED"))
                .body("actor", everyItem(org.hamcrest.Matchers.equalTo(JwtTestResource.TEST_UPN)))
                .body("at", everyItem(notNullValue()))
                .body("reason[3]", org.hamcrest.Matchers.equalTo("creative needs a legal review"));
    }

    @Test
    void historyOfAnUnknownCampaignIs404() {
        given().auth().oauth2(viewer()).get(BASE + "/" + UUID.randomUUID() + "/history").then().statusCode(404);
    }
}
