package dev.marketingops.metrics.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.infra.ForeignTeamWalk;
import dev.marketingops.infra.ForeignTeamWalk.Call;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Owners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every write operation in metrics' OpenAPI document refuses another team, or is listed as not team-owned. */
@QuarkusTest
class ForeignTeamWriteTest {

    @Test
    void everyWriteOperationRefusesAnotherTeam() {
        UUID campaign = UUID.randomUUID();
        UUID launch = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        CampaignEvents.created(campaign, null, product, Money.of("1000", "EUR"));
        Owners.launch(launch, product, Api.TEAM);
        Owners.product(product, Api.TEAM);
        Owners.await(KpiScope.CAMPAIGN, campaign, Api.TEAM);
        Owners.await(KpiScope.LAUNCH, launch, Api.TEAM);
        Owners.await(KpiScope.PRODUCT, product, Api.TEAM);
        Map<String, Object> target = Map.of("direction", "INCREASE", "target", 2);

        var walked = new ForeignTeamWalk(URI.create("http://localhost:" + RestAssured.port), Api.TEAM, "brand")
                .owned("PUT /api/v1/targets/{scope}/{scopeId}/{kpiKey}", () -> List.of(
                        Call.of("/api/v1/targets/campaign/" + campaign + "/ctr", target),
                        Call.of("/api/v1/targets/launch/" + launch + "/ctr", target),
                        Call.of("/api/v1/targets/product/" + product + "/ctr", target)))
                .notTeamOwned("POST /api/v1/activity", "ingest: tool-ingest tokens are machine identities of marketing "
                        + "tools that report activity for any campaign, as producers on marketing.activity do "
                        + "(docs/security.md, 'Who may ingest for whom')")
                .run();

        assertThat(walked).hasSize(2);
        Api.viewer().get("/api/v1/targets/campaign/" + campaign).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }
}
