package dev.marketingops.e2e.faults;

import static dev.marketingops.e2e.support.Api.campaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.Outboxes;
import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.e2e.support.SampleCompany;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** PostgreSQL restarts while a client keeps writing; the services recover on their own, with no restart of theirs. */
class DatabaseRestartFaultTest {

    @Test
    void servicesRecoverFromADatabaseRestartUnderLoad() throws Exception {
        SampleCompany company = SampleCompany.create();
        Queue<String> scheduled = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService client = Executors.newSingleThreadExecutor();
        Future<?> load = client.submit(() -> {
            while (writing.get()) {
                try {
                    String launch = company.launch(company.launchItem(List.of("EMAIL"), 10));
                    company.schedule(launch);
                    scheduled.add(launch);
                } catch (Exception | AssertionError e) {
                    // Calls that meet the restart fail (503); the load goes on.
                }
            }
        });
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> scheduled.size() >= 2);
            RunningStack.get().postgres().restart();
            int beforeRecovery = scheduled.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> scheduled.size() >= beforeRecovery + 3);
        } finally {
            writing.set(false);
            load.get();
            client.shutdown();
        }
        assertThat(scheduled).hasSizeGreaterThanOrEqualTo(5);
        for (String launch : scheduled) {
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns").then().extract()
                            .jsonPath().getInt("total"), total -> total == 1);
        }
        await().atMost(Duration.ofSeconds(30)).until(Outboxes::unpublished, n -> n == 0);
    }
}
