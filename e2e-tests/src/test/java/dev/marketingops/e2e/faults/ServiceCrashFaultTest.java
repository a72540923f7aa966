package dev.marketingops.e2e.faults;

import static dev.marketingops.e2e.support.Api.campaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.e2e.support.SampleCompany;
import dev.marketingops.stack.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kill -9 of campaign-service while launches fan out: after a restart every launch has its drafts, none twice. */
class ServiceCrashFaultTest {

    @Test
    void aKilledConsumerLosesNothingAndAppliesNothingTwice() throws Exception {
        SampleCompany company = SampleCompany.create();
        List<String> launches = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            launches.add(company.launch(company.launchItem(List.of("EMAIL", "SOCIAL", "DISPLAY"), 10)));
        }
        ServiceProcess campaignService = RunningStack.get().service("campaign-service");
        for (int i = 0; i < launches.size(); i++) {
            company.schedule(launches.get(i));
            if (i == 3) {
                campaignService.kill();
            }
        }
        assertThat(campaignService.isAlive()).isFalse();
        campaignService.restart();

        for (String launch : launches) {
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns").then().extract()
                            .jsonPath().getInt("total"), total -> total >= 3);
        }
        for (String launch : launches) {
            assertThat(campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns").then().extract()
                    .jsonPath().getInt("total")).as("drafts of launch %s", launch).isEqualTo(3);
        }
    }
}
