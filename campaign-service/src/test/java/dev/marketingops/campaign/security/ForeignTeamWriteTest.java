package dev.marketingops.campaign.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.campaign.support.CampaignApi;
import dev.marketingops.infra.ForeignTeamWalk;
import dev.marketingops.infra.ForeignTeamWalk.Call;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every write operation in campaign's OpenAPI document refuses a manager of another team (walked from /q/openapi). */
@QuarkusTest
class ForeignTeamWriteTest {

    @Test
    void everyWriteOperationRefusesAnotherTeam() {
        UUID campaign = CampaignApi.create();
        String path = CampaignApi.BASE + "/" + campaign;
        Map<String, Object> forOwner = CampaignApi.body();
        forOwner.put("ownerTeam", CampaignApi.TEAM);
        // The foreign team's own campaign, but under the owner team's campaign: linking is a write to the parent.
        Map<String, Object> underOwners = CampaignApi.body();
        underOwners.put("ownerTeam", CampaignApi.OTHER_TEAM);
        underOwners.put("parentId", campaign.toString());

        List<ForeignTeamWalk.Operation> walked = new ForeignTeamWalk(URI.create("http://localhost:" + RestAssured.port),
                CampaignApi.TEAM, CampaignApi.OTHER_TEAM)
                .owned("POST /api/v1/campaigns", () -> List.of(Call.of(CampaignApi.BASE, forOwner),
                        Call.of(CampaignApi.BASE, underOwners)))
                .owned("PUT /api/v1/campaigns/{id}", () -> List.of(Call.of(path, CampaignApi.body())))
                .owned("POST /api/v1/campaigns/{id}/{action}", () -> Stream.of("schedule", "activate", "pause", "resume",
                        "complete", "cancel").map(action -> Call.of(path + "/" + action, Map.of("reason", "another team"))).toList())
                .run();

        assertThat(walked).hasSize(3);
        CampaignApi.get(campaign).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
    }
}
