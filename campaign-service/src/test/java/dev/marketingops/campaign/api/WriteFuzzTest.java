package dev.marketingops.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.campaign.support.CampaignApi;
import dev.marketingops.infra.api.WriteFuzzer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Hostile input to every write operation of the OpenAPI document gets a 4xx problem+json, never a 5xx. */
@QuarkusTest
class WriteFuzzTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyWriteOperationAnswersHostileInputWithAProblemNeverA5xx() {
        UUID edited = CampaignApi.create();
        UUID stepped = CampaignApi.create();
        String valid = JsonMapper.builder().build().writeValueAsString(CampaignApi.body());
        WriteFuzzer.Report report = new WriteFuzzer(base, CampaignApi.admin())
                .pathValues((template, parameter) -> !"id".equals(parameter) ? null
                        : (template.endsWith("{action}") ? stepped : edited).toString())
                .bodies((method, template) -> template.endsWith("{action}") ? "{\"reason\":\"fuzz\"}" : valid)
                .run();
        System.out.printf("Fuzzed %d requests over %s, statuses %s%n", report.requests(), report.operations(), report.statuses());
        assertThat(report.operations()).contains("POST /api/v1/campaigns", "PUT /api/v1/campaigns/{id}");
        assertThat(report.requests()).isGreaterThanOrEqualTo(2_000);
        assertThat(report.failures()).as(String.join("\n", report.failures())).isEmpty();
    }
}
