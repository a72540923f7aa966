package dev.marketingops.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.campaign.support.CampaignApi;
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

    private static final String BASE = CampaignApi.BASE;
    private static final String OVERVIEW = "/api/v1/campaign-overview";

    @TestHTTPResource("/")
    URI base;

    @Test
    void successAndErrorAnswersMatchTheDocument() {
        CheckedApi api = new CheckedApi(base);
        String manager = CampaignApi.manager();
        String body = JsonMapper.builder().build().writeValueAsString(CampaignApi.body());
        CheckedApi.Answer created = api.call("POST", BASE, manager, body);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json("/id");
        assertThat(api.call("GET", BASE + "/" + id, manager, null).status()).isEqualTo(200);
        assertThat(api.call("GET", BASE + "?size=5", manager, null).status()).isEqualTo(200);
        CheckedApi.Answer looked = api.call("GET", BASE + "?size=100&ids=" + id + "," + UUID.randomUUID(), manager, null);
        assertThat(looked.status()).isEqualTo(200);
        assertThat(looked.json("/items/0/id")).isEqualTo(id);
        assertThat(looked.json("/total")).isEqualTo("1");
        assertThat(api.call("PUT", BASE + "/" + id, manager, body, "If-Match", created.etag()).status()).isEqualTo(200);
        assertThat(api.call("POST", BASE + "/" + id + "/schedule", manager, "{\"reason\":\"go\"}").status()).isEqualTo(200);
        assertThat(api.call("GET", BASE + "/" + id + "/history", manager, null).status()).isEqualTo(200);
        assertThat(api.call("GET", BASE + "/calendar?from=2026-01-01&to=2026-03-01", manager, null).status()).isEqualTo(200);
        assertThat(api.call("GET", OVERVIEW + "/" + id, manager, null).status()).isEqualTo(200);
        assertThat(api.call("GET", OVERVIEW + "?from=2026-01-01&to=2026-03-01&size=5", manager, null).status()).isEqualTo(200);

        assertThat(api.call("POST", BASE, manager, "").status()).isEqualTo(400);
        assertThat(api.call("GET", BASE + "?page=2147483647", manager, null).status()).isEqualTo(400);
        assertThat(api.call("GET", BASE + "?ids=" + id + ",not-a-campaign", manager, null).json("/errors/0/field"))
                .isEqualTo("ids");
        // UUID.fromString's short form (00000001-0002-0003-0004-000000000005) is refused, in ids and in the path.
        CheckedApi.Answer shortForm = api.call("GET", BASE + "?ids=" + id + ",1-2-3-4-5", manager, null);
        assertThat(shortForm.status()).isEqualTo(400);
        assertThat(shortForm.json("/errors/0/field")).isEqualTo("ids");
        assertThat(shortForm.json("/errors/0/message")).contains("'1-2-3-4-5' is not one");
        CheckedApi.Answer shortPath = api.call("GET", BASE + "/1-2-3-4-5", manager, null);
        assertThat(shortPath.status()).isEqualTo(400);
        assertThat(shortPath.json("/errors/0/field")).isEqualTo("id");
        String tooMany = String.join(",", java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(101).toList());
        assertThat(api.call("GET", BASE + "?ids=" + tooMany, manager, null).status()).isEqualTo(400);
        assertThat(api.call("GET", BASE + "/" + UUID.randomUUID(), manager, null).status()).isEqualTo(404);
        assertThat(api.call("GET", OVERVIEW + "/" + UUID.randomUUID(), manager, null).status()).isEqualTo(404);
        assertThat(api.call("GET", OVERVIEW + "?from=2026-03-01&to=2026-01-01", manager, null).status()).isEqualTo(400);
        assertThat(api.call("GET", BASE, null, null).status()).isEqualTo(401);
        assertThat(api.call("POST", BASE, CampaignApi.viewer(), body).status()).isEqualTo(403);
        assertThat(api.call("POST", BASE + "/" + id + "/resume", manager, null).status()).isEqualTo(409);
        assertThat(api.call("PUT", BASE + "/" + id, manager, body, "If-Match", "\"999\"").status()).isEqualTo(412);
        assertThat(api.call("POST", BASE + "/" + id + "/activate", manager, null, "If-Match", "\"9\"").status()).isEqualTo(412);
        assertThat(api.call("POST", BASE, manager, body.replace("\"1000.00\"", "-5")).status()).isEqualTo(422);

        assertThat(api.violations()).as(String.join("\n", api.violations())).isEmpty();
    }

    @Test
    void everyErrorAnswerIsDocumentedAsProblemJson() {
        // ProblemOpenApi (service-plumbing) documents them; the resources name only status and description.
        assertThat(OpenApiDocument.fetch(base).errorsWithoutProblem("/api/")).isEmpty();
    }
}
