package dev.marketingops.plumbing.outbox;

import static dev.marketingops.infra.KafkaTestClient.header;
import static dev.marketingops.plumbing.support.TrialApi.complete;
import static dev.marketingops.plumbing.support.TrialApi.createLaunch;
import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static dev.marketingops.plumbing.support.TrialApi.reopen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Two relays on one database (two replicas): one relays at a time, and a handover keeps one key's order. */
@QuarkusTest
class OutboxTwoRelaysTest {

    @Inject
    OutboxRelay appRelay;
    @Inject
    OutboxBatches batches;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void onlyOneReplicaRelaysAndAHandoverKeepsOrder() {
        await().atMost(Duration.ofSeconds(10)).until(appRelay::isLeader);
        OutboxRelay second = new OutboxRelay(url, user, password, true, Duration.ofMillis(100), batches);
        second.start();
        try {
            UUID launch = createLaunch();
            List<String> emitted = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                emitted.add(complete(launch));
                reopen(launch);
                if (i < 4) {
                    assertThat(second.isLeader()).as("the second replica waits while the first holds the lock").isFalse();
                } else if (i == 4) {
                    appRelay.stop();
                    await().atMost(Duration.ofSeconds(10)).until(second::isLeader);
                }
            }
            List<String> published = await().atMost(Duration.ofSeconds(30)).until(
                    () -> kafka().readMatching("roadmap.launches", r -> launch.toString().equals(r.key()))
                            .stream().map(r -> header(r, "ce_id")).distinct().collect(Collectors.toList()),
                    ids -> ids.size() >= emitted.size());
            assertThat(published).containsExactlyElementsOf(emitted);
        } finally {
            second.stop();
            appRelay.start();
        }
        await().atMost(Duration.ofSeconds(10)).until(appRelay::isLeader);
    }
}
