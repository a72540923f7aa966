package dev.marketingops.e2e.faults;

import static dev.marketingops.e2e.support.Api.campaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.Outboxes;
import dev.marketingops.e2e.support.Readiness;
import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.e2e.support.SampleCompany;
import dev.marketingops.stack.StackService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broker dies for 30 s under REST load: writes keep succeeding, readiness dips and returns, nothing is lost. */
class BrokerOutageFaultTest {

    @Test
    void writesSucceedDuringABrokerOutageAndEverythingArrivesAfterIt() throws Exception {
        SampleCompany company = SampleCompany.create();
        RunningStack.get().kafka().kill();
        List<String> launches = new ArrayList<>();
        long outageEnds = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        boolean sawNotReady = false;
        try {
            while (System.nanoTime() < outageEnds) {
                String launch = company.launch(company.launchItem(List.of("EMAIL", "PRINT"), 10));
                company.schedule(launch);
                launches.add(launch);
                sawNotReady |= !Readiness.isUp("roadmap-service");
            }
            if (!sawNotReady) {
                sawNotReady = await().atMost(Duration.ofSeconds(30)).until(() -> !Readiness.isUp("roadmap-service"), up -> up);
            }
        } finally {
            RunningStack.get().kafka().restart();
        }
        assertThat(sawNotReady).as("readiness reports the missing broker").isTrue();
        assertThat(launches).as("REST writes kept succeeding while Kafka was down").isNotEmpty();

        for (StackService service : StackService.ALL) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Readiness.isUp(service.name()));
        }
        for (String launch : launches) {
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns").then().extract()
                            .jsonPath().getInt("total"), total -> total == 2);
        }
        await().atMost(Duration.ofSeconds(30)).until(Outboxes::unpublished, n -> n == 0);
    }
}
