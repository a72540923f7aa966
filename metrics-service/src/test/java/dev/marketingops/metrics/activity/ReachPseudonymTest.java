package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.activity.domain.ReachSketches;
import dev.marketingops.metrics.journeys.domain.CustomerPseudonym;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.Rollups;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.datasketches.hll.HllSketch;
import org.junit.jupiter.api.Test;

/** Reach sketches hold customers by metrics' keyed pseudonym, so a list of candidate references cannot be tested. */
@QuarkusTest
class ReachPseudonymTest {

    private static final Instant AT = Instant.parse("2026-03-04T09:30:00Z");

    @Inject
    Rollups rollups;
    @Inject
    CustomerPseudonym pseudonym;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStoredSketchCannotBeTestedWithARawReferenceAndRestAndKafkaSketchTheSameCustomerAlike() throws SQLException {
        String reference = "candidate-" + UUID.randomUUID() + "@example.com";
        UUID overRest = UUID.randomUUID();
        UUID overKafka = UUID.randomUUID();
        Api.as("tool-ingest").contentType("application/json")
                .body("{\"events\":[{\"campaignId\":\"" + overRest + "\",\"channel\":\"EMAIL\",\"kind\":\"CLICK\","
                        + "\"count\":1,\"occurredAt\":\"" + AT + "\",\"journeyStage\":\"CONSIDERATION\","
                        + "\"customerRef\":\"" + reference + "\"}]}")
                .post("/api/v1/activity").then().statusCode(200);
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.send(ActivityFeed.record(new ActivityRecorded(overKafka, Channel.EMAIL, ActivityKind.CLICK, 1L, null,
                    null, AT, JourneyStage.CONSIDERATION, reference)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> rollups.caughtUp()
                && rollups.total(overRest, "clicks") == 1 && rollups.total(overKafka, "clicks") == 1);
        List<byte[]> rest = sketches(overRest);
        List<byte[]> kafka = sketches(overKafka);

        // Someone with the table and a candidate list: a candidate's raw sketch must add a customer, not match one.
        assertThat(estimateWith(rest, raw(reference))).isEqualTo(2);
        assertThat(estimateWith(kafka, raw(reference))).isEqualTo(2);
        // What is counted is the keyed pseudonym, on both ingest paths, so the two campaigns reach one customer.
        assertThat(estimateWith(rest, keyed(reference))).isEqualTo(1);
        List<byte[]> both = new ArrayList<>(rest);
        both.addAll(kafka);
        assertThat(ReachSketches.estimate(both)).isEqualTo(1);
    }

    private static long estimateWith(List<byte[]> stored, byte[] candidate) {
        List<byte[]> union = new ArrayList<>(stored);
        union.add(candidate);
        return ReachSketches.estimate(union);
    }

    private static byte[] raw(String reference) {
        HllSketch sketch = ReachSketches.empty();
        sketch.update(reference);
        return sketch.toCompactByteArray();
    }

    private byte[] keyed(String reference) {
        HllSketch sketch = ReachSketches.empty();
        ReachSketches.update(sketch, pseudonym.of(reference));
        return sketch.toCompactByteArray();
    }

    private List<byte[]> sketches(UUID campaign) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select sketch from reach_sketch where campaign_id = ?")) {
            ps.setObject(1, campaign);
            List<byte[]> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getBytes(1));
                }
            }
            assertThat(found).isNotEmpty();
            return found;
        }
    }
}
