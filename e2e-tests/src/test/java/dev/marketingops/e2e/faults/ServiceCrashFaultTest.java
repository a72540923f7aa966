package dev.marketingops.e2e.faults;

import static dev.marketingops.e2e.support.Api.campaign;
import static dev.marketingops.e2e.support.Api.feedback;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.Outboxes;
import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.e2e.support.SampleCompany;
import dev.marketingops.stack.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of one service while launches fan out, then a restart: every launch whose schedule call succeeded has its
 * drafts in campaign-service and is tracked by feedback-service, none twice, and every outbox is drained.
 */
class ServiceCrashFaultTest {

    @ParameterizedTest
    @ValueSource(strings = {"campaign-service", "roadmap-service", "feedback-service"})
    void aKilledServiceLosesNothingAndAppliesNothingTwice(String victim) throws Exception {
        SampleCompany company = SampleCompany.create();
        List<String> planned = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            planned.add(company.launch(company.launchItem(List.of("EMAIL", "SOCIAL", "DISPLAY"), 10)));
        }
        ServiceProcess service = RunningStack.get().service(victim);
        List<String> scheduled = new ArrayList<>();
        try {
            for (int i = 0; i < planned.size(); i++) {
                if (i == 3) {
                    service.kill();
                }
                if (i == 6 && !service.isAlive()) {
                    service.restart();
                }
                if (trySchedule(company, planned.get(i))) {
                    scheduled.add(planned.get(i));
                }
            }
        } finally {
            // Whatever happens here, the next test must find the whole stack running.
            if (!service.isAlive()) {
                service.restart();
            }
        }
        assertThat(scheduled).as("launches scheduled around the crash").hasSizeGreaterThanOrEqualTo(7);

        for (String launch : scheduled) {
            await().atMost(Duration.ofSeconds(60)).until(() -> drafts(launch) >= 3);
            await().atMost(Duration.ofSeconds(60)).until(() -> feedback("viewer").get("/api/v1/launches/" + launch).statusCode() == 200);
        }
        for (String launch : scheduled) {
            assertThat(drafts(launch)).as("drafts of launch %s", launch).isEqualTo(3);
        }
        await().atMost(Duration.ofSeconds(30)).until(Outboxes::unpublished, n -> n == 0);
    }

    /** While roadmap-service itself is down the call fails; that launch simply stays planned. */
    private static boolean trySchedule(SampleCompany company, String launch) {
        try {
            company.schedule(launch);
            return true;
        } catch (Exception | AssertionError e) {
            // RestAssured rethrows ConnectException undeclared while the service is down.
            return false;
        }
    }

    private static int drafts(String launch) {
        return campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns").then().extract().jsonPath().getInt("total");
    }
}
