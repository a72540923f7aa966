package dev.marketingops.campaign.campaigns;

import static dev.marketingops.campaign.support.CampaignApi.create;
import static dev.marketingops.campaign.support.CampaignApi.driveTo;
import static dev.marketingops.campaign.support.CampaignApi.status;
import static dev.marketingops.campaign.support.CampaignApi.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.contracts.campaign.CampaignStatus;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, step) pair over REST: the legal ones move the campaign, every other one is 409 listing the legal steps. */
@QuarkusTest
class LifecycleTransitionsTest {

    private static final List<String> ACTIONS = List.of("schedule", "activate", "pause", "resume", "complete", "cancel");

    /** The lifecycle as the issue states it, written out independently of the production table. */
    private static final Map<CampaignStatus, Map<String, CampaignStatus>> LEGAL = Map.of(
            CampaignStatus.DRAFT, Map.of("schedule", CampaignStatus.SCHEDULED, "cancel", CampaignStatus.CANCELLED),
            CampaignStatus.SCHEDULED, Map.of("activate", CampaignStatus.ACTIVE, "cancel", CampaignStatus.CANCELLED),
            CampaignStatus.ACTIVE, Map.of("pause", CampaignStatus.PAUSED, "complete", CampaignStatus.COMPLETED,
                    "cancel", CampaignStatus.CANCELLED),
            CampaignStatus.PAUSED, Map.of("resume", CampaignStatus.ACTIVE, "complete", CampaignStatus.COMPLETED,
                    "cancel", CampaignStatus.CANCELLED),
            CampaignStatus.COMPLETED, Map.of(),
            CampaignStatus.CANCELLED, Map.of());

    static Stream<Arguments> everyStateAndStep() {
        return Arrays.stream(CampaignStatus.values())
                .flatMap(from -> ACTIONS.stream().map(action -> Arguments.of(from, action)));
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStateAndStep")
    void stepIsTakenOnlyWhenTheLifecycleAllowsIt(CampaignStatus from, String action) {
        UUID id = create();
        driveTo(id, from);
        CampaignStatus to = LEGAL.get(from).get(action);
        if (to != null) {
            step(id, action).statusCode(200).body("status", equalTo(to.name()));
            assertThat(status(id)).isEqualTo(to.name());
        } else {
            List<String> allowed = ACTIONS.stream().filter(LEGAL.get(from)::containsKey).toList();
            step(id, action).statusCode(409)
                    .contentType(startsWith("application/problem+json"))
                    .body("allowed", allowed.isEmpty() ? nullValue() : equalTo(allowed));
            assertThat(status(id)).as("an illegal step changes nothing").isEqualTo(from.name());
        }
    }

}
