package dev.marketingops.plumbing.outbox;

import static dev.marketingops.infra.KafkaTestClient.header;
import static dev.marketingops.plumbing.support.TrialApi.complete;
import static dev.marketingops.plumbing.support.TrialApi.createLaunch;
import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static dev.marketingops.plumbing.support.TrialApi.reopen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.marketingops.infra.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * With the broker killed, writes still commit, their events wait and readiness stays UP, while the broker check
 * (/q/health/group/kafka, marketingops_kafka_broker_up) goes DOWN; after a restart they arrive, in order, and it is UP.
 */
@QuarkusTest
class OutboxBrokerOutageTest {

    @Inject
    EntityManager em;

    @Test
    void eventsAreKeptWhileTheBrokerIsDownAndPublishedInOrderAfterItReturns() {
        UUID launch = createLaunch();
        given().get("/q/health/group/kafka").then().statusCode(200);
        KafkaTestResource.broker().kill();
        List<String> emitted = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/group/kafka").then()
                    .statusCode(503).body(containsString("kafka-broker")));
            assertThat(metrics()).contains("marketingops_kafka_broker_up 0.0");
            given().get("/q/health/ready").then().statusCode(200);
            for (int i = 0; i < 5; i++) {
                emitted.add(complete(launch));
                reopen(launch);
            }
            Number waiting = (Number) em.createNativeQuery(
                    "select count(*) from outbox_event where event_key = ?1 and published_at is null")
                    .setParameter(1, launch.toString()).getSingleResult();
            assertThat(waiting.intValue()).as("events kept in the outbox while Kafka is down").isEqualTo(5);
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            KafkaTestResource.broker().restart();
        }

        List<String> published = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
                () -> kafka().readMatching("roadmap.launches", r -> launch.toString().equals(r.key()))
                        .stream().map(r -> header(r, "ce_id")).collect(Collectors.toList()),
                ids -> ids.size() >= emitted.size());
        assertThat(published.stream().distinct().collect(Collectors.toList())).containsExactlyElementsOf(emitted);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/group/kafka").then().statusCode(200));
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics().contains("marketingops_kafka_broker_up 1.0"));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
