package dev.marketingops.plumbing.outbox;

import static dev.marketingops.infra.KafkaTestClient.header;
import static dev.marketingops.plumbing.support.TrialApi.complete;
import static dev.marketingops.plumbing.support.TrialApi.createLaunch;
import static dev.marketingops.plumbing.support.TrialApi.editorToken;
import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A committed change is published as a CloudEvent; a rolled-back one never is. */
@QuarkusTest
class OutboxPublishTest {

    @Inject
    EntityManager em;

    @Test
    void committedChangeIsPublishedInBinaryModeKeyedByAggregate() {
        UUID launch = createLaunch();
        String eventId = complete(launch);

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20)).until(
                () -> kafka().readMatching("roadmap.launches", r -> eventId.equals(header(r, "ce_id"))),
                records -> records.size() == 1).get(0);

        assertThat(record.key()).isEqualTo(launch.toString());
        assertThat(header(record, "ce_type")).isEqualTo("dev.marketingops.roadmap.LaunchCompleted.v1");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_subject")).isEqualTo(launch.toString());
        assertThat(header(record, "ce_source")).isNotBlank();
        assertThat(header(record, "content-type")).startsWith("application/json");
        assertThat(new String(record.value())).contains(launch.toString());
    }

    @Test
    void rolledBackChangeLeavesNoRowAndPublishesNothing() {
        UUID launch = createLaunch();
        String detail = given().auth().oauth2(editorToken())
                .post("/api/v1/trial-launches/" + launch + "/complete?fail=true")
                .then().statusCode(409).extract().path("detail");
        Matcher matcher = Pattern.compile("emitting ([0-9a-f-]{36})").matcher(detail);
        assertThat(matcher.find()).isTrue();
        String rolledBack = matcher.group(1);

        // A later event for the same key is published, so anything before it on that partition is there too.
        String marker = complete(launch);
        await().atMost(Duration.ofSeconds(20)).until(
                () -> kafka().readMatching("roadmap.launches", r -> marker.equals(header(r, "ce_id"))).size() == 1);

        assertThat(kafka().readMatching("roadmap.launches", r -> rolledBack.equals(header(r, "ce_id")))).isEmpty();
        Number rows = (Number) em.createNativeQuery("select count(*) from outbox_event where event_id = cast(?1 as uuid)")
                .setParameter(1, rolledBack).getSingleResult();
        assertThat(rows.longValue()).isZero();
    }

    @Test
    void publishedRowIsMarkedAndCarriesTheRequestTrace() {
        UUID launch = createLaunch();
        String eventId = complete(launch);

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20)).until(
                () -> kafka().readMatching("roadmap.launches", r -> eventId.equals(header(r, "ce_id"))),
                records -> records.size() == 1).get(0);
        Object[] row = await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> (Object[]) em.createNativeQuery(
                        "select trace_parent, published_at from outbox_event where event_id = cast(?1 as uuid)")
                .setParameter(1, eventId).getSingleResult()), r -> r[1] != null);

        String storedTrace = (String) row[0];
        assertThat(storedTrace).as("trace context stored with the outbox row").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        String traceId = storedTrace.split("-")[1];
        assertThat(header(record, "traceparent")).as("the Kafka record continues the REST call's trace").contains(traceId);
    }
}
