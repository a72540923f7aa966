package dev.marketingops.e2e.faults;

import static dev.marketingops.e2e.support.Api.campaign;
import static dev.marketingops.e2e.support.Api.roadmap;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.e2e.support.SampleCompany;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL restarts under load; the services recover on their own, with no restart of theirs. */
class DatabaseRestartFaultTest {

    @Test
    void servicesRecoverFromADatabaseRestartByThemselves() {
        SampleCompany company = SampleCompany.create();
        String before = company.launch(company.launchItem(List.of("EMAIL"), 10));
        company.schedule(before);

        RunningStack.get().postgres().restart();

        // Pooled connections died with the server; the next calls must work again without restarting any service.
        String after = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(
                () -> company.launch(company.launchItem(List.of("EMAIL", "SOCIAL"), 10)), id -> id != null);
        company.schedule(after);
        for (String launch : List.of(before, after)) {
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns").then().extract()
                            .jsonPath().getInt("total"), total -> total >= 1);
        }
        roadmap("viewer").get("/api/v1/products").then().statusCode(200);
    }
}
