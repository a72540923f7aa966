package dev.marketingops.campaign.scheduler;

import dev.marketingops.campaign.support.TestClock;
import static dev.marketingops.campaign.support.CampaignApi.BASE;
import static dev.marketingops.campaign.support.CampaignApi.body;
import static dev.marketingops.campaign.support.CampaignApi.create;
import static dev.marketingops.campaign.support.CampaignApi.status;
import static dev.marketingops.campaign.support.CampaignApi.step;
import static dev.marketingops.campaign.support.CampaignApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The running scheduler starts a SCHEDULED campaign at its start and completes it at its end, within seconds. */
@QuarkusTest
class SchedulerOnTimeTest {

    /** The scheduler ticks every second; the margin covers a loaded CI machine. */
    private static final Duration ON_TIME = Duration.ofSeconds(5);

    @Test
    void scheduledCampaignIsActivatedAtItsStartAndCompletedAtItsEnd() {
        Instant start = TestClock.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plusSeconds(4);
        UUID id = create(body(start, end));
        step(id, "schedule").statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status(id)));

        JsonPath history = given().auth().oauth2(viewer()).get(BASE + "/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("action", String.class)).containsExactly("CREATE", "SCHEDULE", "ACTIVATE", "COMPLETE");
        Instant activated = Instant.parse(history.getString("find { it.action == 'ACTIVATE' }.at"));
        Instant completed = Instant.parse(history.getString("find { it.action == 'COMPLETE' }.at"));
        assertThat(activated).isBetween(start, start.plus(ON_TIME));
        assertThat(completed).isBetween(end, end.plus(ON_TIME));
        assertThat(history.getString("find { it.action == 'ACTIVATE' }.actor")).isEqualTo("system:scheduler");
    }
}
