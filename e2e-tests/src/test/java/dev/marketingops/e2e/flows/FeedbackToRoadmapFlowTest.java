package dev.marketingops.e2e.flows;

import static dev.marketingops.e2e.support.Api.feedback;
import static dev.marketingops.e2e.support.Api.roadmap;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.Latencies;
import dev.marketingops.e2e.support.SampleCompany;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Flow 3: NPS and feature requests reach the roadmap item's insights; a completed launch delivers the requests. */
class FeedbackToRoadmapFlowTest {

    @Test
    void feedbackReachesTheRoadmapAndACompletedLaunchDeliversRequests() {
        SampleCompany company = SampleCompany.create();
        String item = company.launchItem(List.of("EMAIL"), 100);
        String launch = company.launch(item);
        company.schedule(launch);
        await().atMost(Duration.ofSeconds(20)).until(() -> feedback("viewer").get("/api/v1/launches/" + launch).statusCode() == 200);

        long sent = System.nanoTime();
        for (int score : new int[] {10, 9, 9, 7, 3}) {
            feedback("tool-ingest").body(Map.of("type", "NPS", "score", score, "channel", "WEB", "locale", "en",
                            "customerRef", "nps-" + score + "-" + launch, "subject", Map.of("roadmapItemId", item, "launchId", launch)))
                    .post("/api/v1/feedback").then().statusCode(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(201))
                            .or(org.hamcrest.Matchers.is(202)).or(org.hamcrest.Matchers.is(200)));
        }
        for (String customer : List.of("ann", "bob", "cid")) {
            feedback("tool-ingest").body(Map.of("type", "FEATURE_REQUEST", "text", "Please add single sign-on", "channel", "WEB",
                            "locale", "en", "customerRef", customer + "-" + launch, "subject", Map.of("roadmapItemId", item)))
                    .post("/api/v1/feedback").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        }
        // NPS = (3 promoters - 1 detractor) / 5 responses = 40.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(
                () -> roadmap("viewer").get("/api/v1/items/" + item + "/insights").then().extract().jsonPath(),
                insight -> insight.getLong("npsResponses") == 5 && insight.getDouble("nps") == 40.0
                        && insight.getLong("featureRequestVotes") == 3);
        Latencies.record("feedback -> roadmap insights", (System.nanoTime() - sent) / 1_000_000);

        roadmap("roadmap-editor").body("{}").post("/api/v1/launches/" + launch + "/launch").then().statusCode(200);
        long completed = System.nanoTime();
        roadmap("roadmap-editor").body("{}").post("/api/v1/launches/" + launch + "/complete").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(
                () -> feedback("viewer").queryParam("roadmapItemId", item).get("/api/v1/feature-requests").then().extract().jsonPath(),
                requests -> requests.getLong("delivered") == 3);
        Latencies.record("launch completed -> requests delivered", (System.nanoTime() - completed) / 1_000_000);
    }

    @AfterAll
    static void printLatencies() {
        Latencies.print();
    }
}
