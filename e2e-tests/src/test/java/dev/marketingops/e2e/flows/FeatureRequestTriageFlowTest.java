package dev.marketingops.e2e.flows;

import static dev.marketingops.e2e.support.Api.feedback;
import static dev.marketingops.e2e.support.Api.roadmap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.SampleCompany;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flow: feature requests triaged in feedback (link, merge, unlink) reach roadmap, and both count one vote per customer. */
class FeatureRequestTriageFlowTest {

    private static String request(SampleCompany company, String customer, String text) {
        return feedback("tool-ingest").body(Map.of("type", "FEATURE_REQUEST", "text", text, "channel", "WEB", "locale", "en",
                        "customerRef", customer, "subject", Map.of("productId", company.productId())))
                .post("/api/v1/feedback").then().statusCode(201).extract().path("feedbackId");
    }

    private static long feedbackVotes(String item) {
        return feedback("viewer").queryParam("roadmapItemId", item).get("/api/v1/feature-requests").then().statusCode(200)
                .extract().jsonPath().getLong("votes");
    }

    private static void awaitAgreement(String item, long votes) {
        assertThat(feedbackVotes(item)).isEqualTo(votes);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> roadmap("viewer")
                .get("/api/v1/items/" + item + "/insights").then().extract().jsonPath().getLong("featureRequestVotes") == votes);
    }

    @Test
    void triagedRequestsCountOneVotePerCustomerInBothServices() {
        SampleCompany company = SampleCompany.create();
        String item = company.launchItem(List.of("EMAIL"), 10);
        String suffix = item.substring(0, 8);
        String annFirst = request(company, "ann-" + suffix, "Single sign-on with Okta");
        String annAgain = request(company, "ann-" + suffix, "SSO via Okta please");
        String bob = request(company, "bob-" + suffix, "Okta single sign-on");
        String cid = request(company, "cid-" + suffix, "Login through Okta SSO");

        for (String request : List.of(annFirst, annAgain, bob)) {
            feedback("feedback-manager").body(Map.of("roadmapItemId", item))
                    .put("/api/v1/feature-requests/" + request + "/roadmap-item").then().statusCode(200);
        }
        awaitAgreement(item, 2);

        feedback("feedback-manager").body(Map.of("duplicates", List.of(cid)))
                .post("/api/v1/feature-requests/" + bob + "/merge").then().statusCode(200);
        awaitAgreement(item, 3);

        feedback("feedback-manager").delete("/api/v1/feature-requests/" + annAgain + "/roadmap-item").then().statusCode(200);
        awaitAgreement(item, 3);
        feedback("feedback-manager").delete("/api/v1/feature-requests/" + annFirst + "/roadmap-item").then().statusCode(200);
        awaitAgreement(item, 2);
    }
}
