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

/**
 * The broker dies for 30 s under REST load: writes keep succeeding, readiness stays UP on every service (the outbox
 * holds the events), each service's broker check (/q/health/group/kafka) goes DOWN and back UP, nothing is lost.
 */
class BrokerOutageFaultTest {

    @Test
    void writesSucceedDuringABrokerOutageAndEverythingArrivesAfterIt() throws Exception {
        SampleCompany company = SampleCompany.create();
        for (StackService service : StackService.ALL) {
            assertThat(Readiness.brokerUp(service.name())).as("%s sees the broker before the outage", service.name()).isTrue();
        }
        RunningStack.get().kafka().kill();
        List<String> launches = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        long outageEnds = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try {
            for (StackService service : StackService.ALL) {
                await().atMost(Duration.ofSeconds(20)).until(() -> !Readiness.brokerUp(service.name()));
            }
            while (System.nanoTime() < outageEnds) {
                String launch = company.launch(company.launchItem(List.of("EMAIL", "PRINT"), 10));
                company.schedule(launch);
                launches.add(launch);
                for (StackService service : StackService.ALL) {
                    if (!Readiness.isUp(service.name())) {
                        notReady.add(service.name());
                    }
                }
            }
        } finally {
            RunningStack.get().kafka().restart();
        }
        assertThat(notReady).as("services that left their Service while only Kafka was away").isEmpty();
        assertThat(launches).as("REST writes kept succeeding while Kafka was down").isNotEmpty();

        for (StackService service : StackService.ALL) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Readiness.brokerUp(service.name()));
            assertThat(Readiness.isUp(service.name())).as("%s ready after the outage", service.name()).isTrue();
        }
        for (String launch : launches) {
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns").then().extract()
                            .jsonPath().getInt("total"), total -> total == 2);
        }
        await().atMost(Duration.ofSeconds(30)).until(Outboxes::unpublished, n -> n == 0);
    }
}
