package dev.marketingops.metrics.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.contracts.feedback.NpsUpdated;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** NPS and CSAT from feedback.insights are KPIs of their subject; an older update never replaces a newer one. */
@QuarkusTest
class NpsKpiTest {

    private static final EventCodec CODEC = EventCodec.standard();

    @Test
    void theLatestNpsAndCsatOfALaunchAreAmongItsKpis() {
        UUID launch = UUID.randomUUID();
        publish(new NpsUpdated(SubjectType.LAUNCH, launch, new BigDecimal("42.5"), 40, 20, 17, 3, new BigDecimal("4.2"),
                Instant.parse("2026-03-02T10:00:00Z")));
        publish(new NpsUpdated(SubjectType.LAUNCH, launch, new BigDecimal("10"), 10, 4, 3, 3, null,
                Instant.parse("2026-03-01T10:00:00Z")));
        UUID marker = UUID.randomUUID();
        // Same key, so the same partition: once the marker is applied, both updates before it are too.
        publish(new NpsUpdated(SubjectType.LAUNCH, marker, BigDecimal.ONE, 1, 0, 1, 0, null, Instant.now()), launch);

        await().atMost(Duration.ofSeconds(30)).until(() -> Api.viewer().queryParam("launchId", marker.toString())
                .get("/api/v1/kpis").then().extract().jsonPath().get("nps") != null);
        JsonPath kpis = Api.viewer().queryParam("launchId", launch.toString()).get("/api/v1/kpis")
                .then().statusCode(200).extract().jsonPath();
        assertThat(kpis.<BigDecimal>get("nps")).isEqualByComparingTo("42.5");
        assertThat(kpis.<BigDecimal>get("csat")).isEqualByComparingTo("4.2");
    }

    private static void publish(NpsUpdated update) {
        publish(update, update.subjectId());
    }

    private static void publish(NpsUpdated update, UUID key) {
        new KafkaTestClient(KafkaTestResource.broker().bootstrapServers())
                .publish(CODEC.toProducerRecord(CODEC.toCloudEvent(update), key.toString()));
    }
}
