package dev.marketingops.campaign.campaigns;

import static dev.marketingops.campaign.support.CampaignApi.BASE;
import static dev.marketingops.campaign.support.CampaignApi.body;
import static dev.marketingops.campaign.support.CampaignApi.create;
import static dev.marketingops.campaign.support.CampaignApi.get;
import static dev.marketingops.campaign.support.CampaignApi.manager;
import static dev.marketingops.campaign.support.CampaignApi.post;
import static dev.marketingops.campaign.support.CampaignApi.put;
import static dev.marketingops.campaign.support.CampaignApi.step;
import static dev.marketingops.campaign.support.CampaignApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.campaign.support.CampaignApi;
import dev.marketingops.campaign.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Create, read, list and update campaigns; updates are guarded by ETag / If-Match. */
@QuarkusTest
class CampaignCrudTest {

    @Test
    void createdCampaignIsADraftOfTheCallersTeamWithExactMoney() {
        Map<String, Object> body = body();
        String location = post(manager(), body).statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("ownerTeam", equalTo(CampaignApi.TEAM))
                .body("budget.currency", equalTo("EUR"))
                .body("allowedActions", contains("schedule", "cancel"))
                .extract().header("Location");

        given().auth().oauth2(viewer()).get(location).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Spring push"))
                .body("channels", contains("EMAIL", "SOCIAL"))
                .body("schedule.timeZone", equalTo("Europe/Berlin"))
                .body("schedule.start", equalTo(((Map<?, ?>) body.get("schedule")).get("start")));
        // Money is read as text, so the amount is checked exactly, not through a double.
        String json = given().auth().oauth2(viewer()).get(location).asString();
        assertThat(json).contains("\"amount\":1000.00");
    }

    @Test
    void aReadAnswersWhatTheLastWriteAnsweredAndWhatTheListShows() {
        // Three paths to one campaign (the read, the list's page, the write's answer) must not drift apart.
        Map<String, Object> body = body();
        body.put("launchId", UUID.randomUUID().toString());
        UUID id = CampaignApi.createForUnseenLaunch(body);
        var stepped = step(id, "schedule").statusCode(200).extract();
        var read = get(id).statusCode(200).extract();
        assertThat(read.header("ETag")).isEqualTo(stepped.header("ETag")).isNotEqualTo("\"0\"");
        var listed = given().auth().oauth2(viewer()).queryParam("ids", id.toString()).get(BASE).then().statusCode(200)
                .extract().jsonPath();
        assertThat(read.jsonPath().getMap("$")).isEqualTo(listed.getMap("items[0]"));
        // The write answers its clock's nanoseconds, which PostgreSQL rounds to microseconds; the rest is the same.
        Map<String, Object> written = stepped.jsonPath().getMap("$");
        Map<String, Object> readBack = read.jsonPath().getMap("$");
        assertThat(Instant.parse((String) readBack.remove("updatedAt")))
                .isCloseTo(Instant.parse((String) written.remove("updatedAt")), within(1, ChronoUnit.MICROS));
        assertThat(readBack).isEqualTo(written);
    }

    @Test
    void listIsPagedAndFilteredByStatusLaunchProductChannelAndTeam() {
        UUID launch = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        Map<String, Object> email = body();
        email.put("launchId", launch.toString());
        email.put("productId", product.toString());
        email.put("channels", List.of("EMAIL"));
        UUID first = CampaignApi.createForUnseenLaunch(email);
        Map<String, Object> print = body();
        print.put("launchId", launch.toString());
        print.put("productId", product.toString());
        print.put("channels", List.of("PRINT"));
        UUID second = CampaignApi.createForUnseenLaunch(print);
        step(second, "schedule").statusCode(200);

        given().auth().oauth2(viewer()).queryParam("launchId", launch).get(BASE).then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(2));
        given().auth().oauth2(viewer()).queryParam("productId", product).queryParam("status", "SCHEDULED").get(BASE)
                .then().statusCode(200).body("items.id", contains(second.toString()));
        given().auth().oauth2(viewer()).queryParam("launchId", launch).queryParam("channel", "EMAIL").get(BASE)
                .then().statusCode(200).body("items.id", contains(first.toString()));
        given().auth().oauth2(viewer()).queryParam("launchId", launch).queryParam("team", "nobody").get(BASE)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(viewer()).queryParam("launchId", launch).queryParam("size", 1).queryParam("page", 1).get(BASE)
                .then().statusCode(200).body("total", equalTo(2)).body("page", equalTo(1)).body("items.size()", equalTo(1));
    }

    @Test
    void updateWithTheCurrentETagSucceedsAndAStaleOneIs412() {
        UUID id = create();
        String etag = get(id).extract().header("ETag");
        Map<String, Object> changed = body();
        changed.put("name", "Spring push, revised");

        String newEtag = put(manager(), id, etag, changed).statusCode(200)
                .body("name", equalTo("Spring push, revised")).extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);

        changed.put("name", "Lost update");
        put(manager(), id, etag, changed).statusCode(412).contentType(startsWith("application/problem+json"));
        get(id).body("name", equalTo("Spring push, revised"));
    }

    @Test
    void stepsAlsoHonourIfMatch() {
        UUID id = create();
        given().auth().oauth2(manager()).header("If-Match", "\"99\"")
                .post(BASE + "/" + id + "/cancel")
                .then().statusCode(412);
        get(id).body("status", equalTo("DRAFT"));
    }

    @Test
    void aBarePostWithoutBodyOrContentTypeTakesTheStep() {
        UUID id = create();
        given().auth().oauth2(manager()).post(BASE + "/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void unknownCampaignIs404AndAnIdThatIsNoUuidIs400NamingIt() {
        get(UUID.randomUUID()).statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(viewer()).get(BASE + "/not-a-uuid").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("id"));
    }

    @Test
    void aCampaignIsStampedWithTheServiceClock() {
        // The tests' clock runs from 2030-03-04 (TestClock): a stamp from the machine's clock would fall outside.
        Instant before = TestClock.now();
        UUID id = create();
        Instant after = TestClock.now();
        Instant created = Instant.parse(get(id).statusCode(200).extract().path("createdAt"));
        assertThat(created).isBetween(before.minusMillis(1), after.plusMillis(1));
    }

    @Test
    void budgetChangeIsRecordedInHistory() {
        UUID id = create();
        Map<String, Object> changed = body();
        changed.put("budget", Map.of("amount", "1500.00", "currency", "EUR"));
        put(manager(), id, null, changed).statusCode(200).body("budget.amount", equalTo(1500.00f));
        given().auth().oauth2(viewer()).get(BASE + "/" + id + "/history").then().statusCode(200)
                .body("action", hasItem("BUDGET"));
    }
}
