package dev.marketingops.metrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.api.CheckedApi;
import dev.marketingops.infra.api.OpenApiDocument;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Owners;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Real answers, successes and errors alike, match the OpenAPI document the service serves. */
@QuarkusTest
class OpenApiResponsesTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void successAndErrorAnswersMatchTheDocument() {
        CheckedApi api = new CheckedApi(base);
        String analyst = JwtTestResource.token(Api.TEAM, "analyst");
        String ingest = JwtTestResource.token(Api.TEAM, "tool-ingest");
        UUID campaign = UUID.randomUUID();
        // The target write below is checked against the campaign's owner team, which metrics learns from campaign.
        CampaignEvents.created(campaign, null, UUID.randomUUID(), Money.of("1000", "EUR"));
        Owners.await(KpiScope.CAMPAIGN, campaign, Api.TEAM);
        String event = "{\"campaignId\":\"" + campaign + "\",\"channel\":\"EMAIL\",\"kind\":\"SPEND\",\"amount\":12.5,"
                + "\"currency\":\"EUR\",\"occurredAt\":\"2026-03-01T10:00:00Z\",\"journeyStage\":\"AWARENESS\"}";
        assertThat(api.call("POST", "/api/v1/activity", ingest, "{\"events\":[" + event + "]}").status()).isEqualTo(200);
        String kpis = "/api/v1/kpis?campaignId=" + campaign;
        assertThat(api.call("GET", kpis, analyst, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/kpis/timeseries?granularity=day&campaignId=" + campaign, analyst, null).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/funnel?campaignId=" + campaign, analyst, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/funnel?mode=people&campaignId=" + campaign, analyst, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/attribution?model=all&campaignId=" + campaign, analyst, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/attribution?model=foo&campaignId=" + campaign, analyst, null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/attribution?firstShare=0.9&lastShare=0.9&campaignId=" + campaign, analyst, null)
                .status()).isEqualTo(422);
        assertThat(api.call("GET", kpis + "&attribution=data-driven", analyst, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/kpis/overview?granularity=hour&campaignId=" + campaign, analyst, null).status())
                .isEqualTo(200);
        String target = "/api/v1/targets/campaign/" + campaign;
        CheckedApi.Answer put = api.call("PUT", target + "/conversions", analyst, "{\"direction\":\"INCREASE\",\"target\":100}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(api.call("GET", target, analyst, null).status()).isEqualTo(200);

        assertThat(api.call("GET", "/api/v1/kpis", analyst, null).status()).isEqualTo(400);
        // A repeated single-valued parameter was read as its first value; now a documented 400 (plumbing's RepeatedParameters).
        assertThat(api.call("GET", kpis + "&campaignId=" + UUID.randomUUID(), analyst, null).status()).isEqualTo(400);
        assertThat(api.call("PUT", target + "/conversions", analyst, "{\"direction\":\"INCREASE\",\"target\":1e39}").status())
                .isEqualTo(400);
        assertThat(api.call("PUT", target + "/conversions", analyst, "{\"direction\":\"INCREASE\",\"target\":5}",
                "If-Match", "\"999\"").status()).isEqualTo(412);
        assertThat(api.call("PUT", target + "/nps", analyst, "{\"direction\":\"INCREASE\",\"target\":1000}").status())
                .isEqualTo(422);
        assertThat(api.call("GET", kpis, null, null).status()).isEqualTo(401);
        assertThat(api.call("POST", "/api/v1/activity", analyst, "{\"events\":[" + event + "]}").status()).isEqualTo(403);

        assertThat(api.violations()).as(String.join("\n", api.violations())).isEmpty();
    }

    @Test
    void everyErrorAnswerIsDocumentedAsProblemJson() {
        // ProblemOpenApi (service-plumbing) documents them; the resources name only status and description.
        assertThat(OpenApiDocument.fetch(base).errorsWithoutProblem("/api/")).isEmpty();
    }
}
