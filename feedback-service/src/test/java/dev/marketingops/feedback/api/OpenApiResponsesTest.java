package dev.marketingops.feedback.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.feedback.support.FeedbackApi;
import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.api.CheckedApi;
import dev.marketingops.infra.api.OpenApiDocument;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Real answers, successes and errors alike, match the OpenAPI document the service serves. */
@QuarkusTest
class OpenApiResponsesTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void successAndErrorAnswersMatchTheDocument() {
        CheckedApi api = new CheckedApi(base);
        JsonMapper json = JsonMapper.builder().build();
        String manager = JwtTestResource.token(FeedbackApi.TEAM, "feedback-manager");
        UUID product = UUID.randomUUID();
        CheckedApi.Answer created = api.call("POST", "/api/v1/feedback", manager,
                json.writeValueAsString(FeedbackApi.body("REVIEW", product, "openapi-customer")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.call("GET", "/api/v1/feedback/" + created.json("/feedbackId"), manager, null).status()).isEqualTo(200);
        // A product with a review only: no NPS or CSAT answers, so their figures are null.
        assertThat(api.call("GET", "/api/v1/nps?productId=" + product, manager, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/nps?granularity=month&productId=" + UUID.randomUUID(), manager, null).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/themes?productId=" + product, manager, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/feedback-overview?productId=" + product, manager, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/feedback-overview?themes=0&productId=" + product, manager, null).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/themes/semantic?from=2000-01-01&to=9000-01-01&productId=" + product, manager, null)
                .status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/feature-requests?roadmapItemId=" + UUID.randomUUID(), manager, null).status())
                .isEqualTo(200);
        String officer = JwtTestResource.token(FeedbackApi.TEAM, "privacy-officer");
        CheckedApi.Answer erasure = api.call("POST", "/api/v1/erasure-requests", officer,
                "{\"customerRef\":\"openapi-customer\"}");
        assertThat(erasure.status()).isEqualTo(202);
        assertThat(api.call("GET", "/api/v1/erasure-requests/" + erasure.json("/requestId"), officer, null).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/erasure-requests/" + UUID.randomUUID(), officer, null).status()).isEqualTo(404);
        assertThat(api.call("DELETE", "/api/v1/customers/openapi-customer", officer, null).status()).isEqualTo(200);
        assertThat(api.call("POST", "/api/v1/erasure-requests", officer, "{\"customerRef\":\" \"}").status()).isEqualTo(400);
        assertThat(api.call("DELETE", "/api/v1/customers/a;b", officer, null).status()).isEqualTo(400);

        assertThat(api.call("GET", "/api/v1/nps", manager, null).status()).isEqualTo(400);
        assertThat(api.call("POST", "/api/v1/feedback", manager, "{\"type\":\"NPS\"").status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/feedback/" + UUID.randomUUID(), manager, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/v1/launches/" + UUID.randomUUID(), manager, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/v1/nps?productId=" + product, null, null).status()).isEqualTo(401);
        assertThat(api.call("DELETE", "/api/v1/customers/x", manager, null).status()).isEqualTo(403);

        assertThat(api.violations()).as(String.join("\n", api.violations())).isEmpty();
    }

    @Test
    void everyErrorAnswerIsDocumentedAsProblemJson() {
        // ProblemOpenApi (service-plumbing) documents them; the resources name only status and description.
        assertThat(OpenApiDocument.fetch(base).errorsWithoutProblem("/api/")).isEmpty();
    }
}
