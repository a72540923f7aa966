package dev.marketingops.campaign.support;

import static io.restassured.RestAssured.given;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Launch events as roadmap-service publishes them, and the campaigns campaign-service keeps for a launch. */
public final class Launches {

    private Launches() {
    }

    public static LaunchScheduled scheduled(UUID launchId, LocalDate date, Money budgetHint, Channel... channels) {
        return new LaunchScheduled(launchId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Aurora",
                date, 1, List.of("DE", "AT"), List.of(channels), List.of("smb-owners"), CampaignApi.TEAM, budgetHint, List.of());
    }

    /** The launch's campaigns as the list API returns them. */
    public static JsonPath campaignsOf(UUID launchId) {
        // Amounts as BigDecimal, so money is compared exactly.
        return given().auth().oauth2(CampaignApi.viewer()).queryParam("launchId", launchId).queryParam("size", 50)
                .get(CampaignApi.BASE).then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    public static int countOf(UUID launchId) {
        return campaignsOf(launchId).getInt("total");
    }
}
