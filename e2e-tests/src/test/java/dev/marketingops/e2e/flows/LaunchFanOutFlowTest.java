package dev.marketingops.e2e.flows;

import static dev.marketingops.e2e.support.Api.campaign;
import static dev.marketingops.e2e.support.Api.feedback;
import static dev.marketingops.e2e.support.Api.metrics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.Latencies;
import dev.marketingops.e2e.support.SampleCompany;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Flow 1: a launch scheduled on the roadmap becomes drafts in campaign, targets in metrics, tracking in feedback. */
class LaunchFanOutFlowTest {

    private static final int LAUNCHES = 10;

    @Test
    void aScheduledLaunchReachesEveryService() {
        SampleCompany company = SampleCompany.create();
        for (int i = 0; i < LAUNCHES; i++) {
            String item = company.launchItem(List.of("EMAIL", "SOCIAL"), 500);
            String launch = company.launch(item);
            long scheduled = System.nanoTime();
            company.schedule(launch);

            List<Map<String, Object>> drafts = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(
                    () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns")
                            .then().statusCode(200).extract().jsonPath().getList("items"),
                    items -> items.size() == 2);
            Latencies.record("launch fan-out -> campaign drafts", (System.nanoTime() - scheduled) / 1_000_000);
            assertThat(drafts).allSatisfy(c -> assertThat(c.get("status")).isEqualTo("DRAFT"));
            assertThat(drafts).extracting(c -> (Object) ((List<?>) c.get("channels")).get(0)).containsExactlyInAnyOrder("EMAIL", "SOCIAL");

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(
                    () -> metrics("analyst").get("/api/v1/targets/LAUNCH/" + launch).then().extract().asString(),
                    body -> body.contains("conversions") && body.contains("500"));
            Latencies.record("launch fan-out -> metrics targets", (System.nanoTime() - scheduled) / 1_000_000);

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(
                    () -> feedback("viewer").get("/api/v1/launches/" + launch).then().extract().statusCode() == 200);
            Latencies.record("launch fan-out -> feedback tracking", (System.nanoTime() - scheduled) / 1_000_000);
        }
    }

    @AfterAll
    static void printLatencies() {
        Latencies.print();
    }
}
