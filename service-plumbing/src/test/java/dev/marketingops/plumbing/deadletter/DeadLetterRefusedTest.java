package dev.marketingops.plumbing.deadletter;

import static dev.marketingops.infra.KafkaTestClient.header;
import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.plumbing.support.Completions;
import dev.marketingops.plumbing.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

/**
 * A dead-letter topic that refuses letters while the broker answers holds the consumer: past the stall limit (3 s in
 * tests) readiness is DOWN naming the consumer and the topic, and marketingops_consumer_stalled is 1; once the topic
 * takes letters again the letter goes in, the next event is applied and both recover. The refusal is the real
 * broker's: the DLQ is made a compacted topic, which refuses a record without a key (InvalidRecordException) while the
 * broker answers. An ACL needs an authorizer the test broker has not, it creates a missing topic on use, and it
 * ignores a min.insync.replicas above the topic's one replica.
 */
@QuarkusTest
class DeadLetterRefusedTest {

    private static final String DLQ = "roadmap.launches.dlq";
    private static final String CONSUMER = "plumbing-test.completions";
    private static final Pattern STALLED = Pattern.compile(
            "(?m)^marketingops_consumer_stalled\\{[^}]*consumer=\"plumbing-test\\.completions\"[^}]*} 1\\.0$");

    @Inject
    Completions completions;

    @Test
    void aConsumerWhoseDeadLetterIsRefusedShowsAsStalledUntilTheTopicTakesIt() throws Exception {
        given().get("/q/health/ready").then().statusCode(200);
        KafkaTestResource.broker().createTopics(Map.of(DLQ, 1));
        String key = UUID.randomUUID().toString();
        String malformed = UUID.randomUUID().toString();
        UUID next = UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.broker().bootstrapServers()))) {
            cleanupPolicy(admin, TopicConfig.CLEANUP_POLICY_COMPACT);
            try {
                // No key, so the letter has none; the next event on the same partition, behind it.
                ProducerRecord<String, byte[]> keyless = new ProducerRecord<>("roadmap.launches", 0, null,
                        "{\"launchId\": ".getBytes(StandardCharsets.UTF_8));
                Events.headers(malformed, "dev.marketingops.roadmap.LaunchCompleted.v1", key)
                        .forEach((name, value) -> keyless.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                kafka().publish(keyless);
                ProducerRecord<String, byte[]> completed = Events.launchCompleted(next, key);
                kafka().publish(new ProducerRecord<>(completed.topic(), 0, key, completed.value(), completed.headers()));

                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                        .statusCode(503).body(containsString(CONSUMER)).body(containsString("stalled"))
                        .body(containsString("dead letter to " + DLQ + " refused"))
                        // The broker's words stay in the log: readiness is read without a token.
                        .body(not(containsString("cannot accept"))));
                assertThat(STALLED.matcher(metrics()).find()).as("stall gauge is 1").isTrue();
                assertThat(completions.timesApplied(next)).as("the event behind the refused letter waits").isZero();
                assertThat(kafka().readMatching(DLQ, r -> malformed.equals(header(r, "ce_id")))).isEmpty();
            } finally {
                cleanupPolicy(admin, null);
            }
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> completions.timesApplied(next) == 1);
        List<ConsumerRecord<String, byte[]>> parked = kafka().readMatching(DLQ, r -> malformed.equals(header(r, "ce_id")));
        assertThat(parked).hasSize(1);
        assertThat(header(parked.get(0), DeadLetters.REASON_CODE)).isEqualTo("MALFORMED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertThat(metrics()).contains("marketingops_consumer_stalled{consumer=\"" + CONSUMER + "\"} 0.0");
    }

    /** Sets the DLQ's cleanup.policy (null: back to the broker's default, delete) and waits until the broker has it. */
    private static void cleanupPolicy(Admin admin, String policy) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, DLQ);
        AlterConfigOp op = policy == null
                ? new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, policy), AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(op))).all().get(30, TimeUnit.SECONDS);
        String expected = policy == null ? TopicConfig.CLEANUP_POLICY_DELETE : policy;
        await().atMost(Duration.ofSeconds(30)).until(() -> expected.equals(admin.describeConfigs(List.of(topic)).all()
                .get(10, TimeUnit.SECONDS).get(topic).get(TopicConfig.CLEANUP_POLICY_CONFIG).value()));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
