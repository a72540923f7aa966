package dev.marketingops.campaign.overview;

import static dev.marketingops.campaign.support.CampaignApi.body;
import static dev.marketingops.campaign.support.CampaignApi.manager;
import static dev.marketingops.campaign.support.CampaignApi.managerOf;
import static dev.marketingops.campaign.support.CampaignApi.post;
import static dev.marketingops.campaign.support.CampaignApi.step;
import static dev.marketingops.campaign.support.CampaignApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.campaign.support.CampaignApi;
import dev.marketingops.campaign.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The combined reads answer what the single reads answer, in one round trip. */
@QuarkusTest
class CampaignOverviewTest {

    private static final String PATH = "/api/v1/campaign-overview";

    @Test
    void aCampaignComesWithItsHistoryAndTheStepsItAllows() {
        UUID id = CampaignApi.create();
        step(id, "schedule").statusCode(200);
        step(manager(), id, "cancel", "budget moved to Q3").statusCode(200);

        given().auth().oauth2(viewer()).get(PATH + "/" + id).then().statusCode(200)
                .body("campaign.id", equalTo(id.toString()))
                .body("campaign.status", equalTo("CANCELLED"))
                .body("campaign.allowedActions.size()", equalTo(0))
                .body("history.action", contains("CREATE", "SCHEDULE", "CANCEL"))
                .body("history.to", contains("DRAFT", "SCHEDULED", "CANCELLED"))
                .body("history[2].reason", equalTo("budget moved to Q3"));
    }

    @Test
    void anUnknownOrMalformedCampaignIsAProblem() {
        given().auth().oauth2(viewer()).get(PATH + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(viewer()).get(PATH + "/not-a-uuid").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().get(PATH + "/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void theListIsFilteredAndTheCalendarCoversTheTeamsWindow() {
        String team = "team-overview-" + UUID.randomUUID();
        Instant windowStart = TestClock.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.DAYS);
        Instant windowEnd = windowStart.plus(Duration.ofDays(10));
        UUID email = create(team, windowStart.plus(Duration.ofDays(1)), windowEnd.plus(Duration.ofDays(2)), List.of("EMAIL"));
        UUID print = create(team, windowStart.plus(Duration.ofDays(2)), windowEnd, List.of("PRINT"));
        UUID later = create(team, windowEnd.plus(Duration.ofDays(5)), windowEnd.plus(Duration.ofDays(9)), List.of("EMAIL"));
        step(managerOf(team), print, "schedule", null).statusCode(200);

        JsonPath all = given().auth().oauth2(viewer()).queryParam("team", team)
                .queryParam("from", windowStart.toString()).queryParam("to", windowEnd.toString())
                .queryParam("size", 2)
                .get(PATH).then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("campaigns.items.id", String.class)).containsExactly(email.toString(), print.toString());
        assertThat(all.getLong("campaigns.total")).isEqualTo(3);
        assertThat(all.getInt("campaigns.size")).isEqualTo(2);
        assertThat(all.getString("calendar.from")).isEqualTo(windowStart.toString());
        assertThat(all.getList("calendar.channels.channel", String.class)).containsExactly("EMAIL", "PRINT");
        assertThat(all.getList("calendar.channels.find { it.channel == 'EMAIL' }.campaigns.campaignId", String.class))
                .containsExactly(email.toString());

        // The filters narrow the list only; the calendar still shows the team's whole window.
        JsonPath scheduled = given().auth().oauth2(viewer()).queryParam("team", team).queryParam("status", "SCHEDULED")
                .queryParam("from", windowStart.toString()).queryParam("to", windowEnd.toString())
                .get(PATH).then().statusCode(200).extract().jsonPath();
        assertThat(scheduled.getList("campaigns.items.id", String.class)).containsExactly(print.toString());
        assertThat(scheduled.getList("calendar.channels.campaigns.flatten().campaignId", String.class))
                .containsExactlyInAnyOrder(email.toString(), print.toString())
                .doesNotContain(later.toString());
    }

    @Test
    void aMissingOrReversedWindowAndBadFiltersAre400NamingTheField() {
        given().auth().oauth2(viewer()).queryParam("to", "2026-04-01").get(PATH)
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("errors.field", hasItem("from"));
        given().auth().oauth2(viewer()).queryParam("from", "2026-05-01").queryParam("to", "2026-04-01").get(PATH)
                .then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(viewer()).queryParam("from", "2026-01-01").queryParam("to", "2027-06-01").get(PATH)
                .then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(viewer()).queryParam("from", "2026-04-01").queryParam("to", "2026-05-01")
                .queryParam("status", "SOMEDAY").get(PATH).then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(viewer()).queryParam("from", "2026-04-01").queryParam("to", "2026-05-01")
                .queryParam("size", "0").get(PATH).then().statusCode(400).body("errors.field", hasItem("size"));
    }

    private static UUID create(String team, Instant start, Instant end, List<String> channels) {
        Map<String, Object> body = body(start, end);
        body.put("channels", channels);
        return UUID.fromString(post(managerOf(team), body).statusCode(201).extract().path("id"));
    }
}
