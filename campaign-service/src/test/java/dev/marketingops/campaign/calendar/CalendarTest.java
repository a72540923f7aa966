package dev.marketingops.campaign.calendar;

import dev.marketingops.campaign.support.TestClock;
import static dev.marketingops.campaign.support.CampaignApi.body;
import static dev.marketingops.campaign.support.CampaignApi.managerOf;
import static dev.marketingops.campaign.support.CampaignApi.post;
import static dev.marketingops.campaign.support.CampaignApi.step;
import static dev.marketingops.campaign.support.CampaignApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The calendar shows what runs when, one lane per channel, over a window. */
@QuarkusTest
class CalendarTest {

    private static final String PATH = "/api/v1/campaigns/calendar";

    @Test
    void campaignsOverlappingTheWindowAreLaidOutPerChannel() {
        String team = "team-cal-" + UUID.randomUUID();
        Instant windowStart = TestClock.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.DAYS);
        Instant windowEnd = windowStart.plus(Duration.ofDays(10));
        UUID both = create(team, windowStart.minus(Duration.ofDays(5)), windowStart.plus(Duration.ofDays(1)), List.of("EMAIL", "SOCIAL"));
        UUID print = create(team, windowStart.plus(Duration.ofDays(2)), windowStart.plus(Duration.ofDays(40)), List.of("PRINT"));
        create(team, windowEnd.plus(Duration.ofDays(1)), windowEnd.plus(Duration.ofDays(3)), List.of("DISPLAY"));
        UUID cancelled = create(team, windowStart, windowEnd, List.of("EMAIL"));
        step(managerOf(team), cancelled, "cancel", null).statusCode(200);

        JsonPath calendar = given().auth().oauth2(viewer())
                .queryParam("from", windowStart.toString()).queryParam("to", windowEnd.toString()).queryParam("team", team)
                .get(PATH).then().statusCode(200).extract().jsonPath();

        assertThat(calendar.getList("channels.channel", String.class)).containsExactly("EMAIL", "SOCIAL", "PRINT");
        assertThat(calendar.getList("channels.find { it.channel == 'EMAIL' }.campaigns.campaignId", String.class))
                .containsExactly(both.toString());
        assertThat(calendar.getList("channels.find { it.channel == 'PRINT' }.campaigns.campaignId", String.class))
                .containsExactly(print.toString());
    }

    @Test
    void aReversedOrMissingRangeIs400NamingTheField() {
        given().auth().oauth2(viewer()).queryParam("from", "2026-05-01").queryParam("to", "2026-04-01").get(PATH)
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("errors.field", hasItem("to"));
        given().auth().oauth2(viewer()).queryParam("to", "2026-04-01").get(PATH)
                .then().statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(viewer()).queryParam("from", "yesterday").queryParam("to", "2026-04-01").get(PATH)
                .then().statusCode(400).body("errors.field", hasItem("from"));
    }

    private static UUID create(String team, Instant start, Instant end, List<String> channels) {
        Map<String, Object> body = body(start, end);
        body.put("channels", channels);
        return UUID.fromString(post(managerOf(team), body).statusCode(201).extract().path("id"));
    }
}
