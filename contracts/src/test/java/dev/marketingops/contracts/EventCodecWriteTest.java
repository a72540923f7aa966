package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** What the codec writes: envelope attributes, binary-mode headers, key, and refusal of invalid payloads. */
class EventCodecWriteTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00.123456Z");

    private final EventCodec codec = new EventCodec(EventValidator.standard(), ContractJson.mapper(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void buildsTheEnvelopeFromTheCatalog() {
        EventPayload launch = Samples.of(EventCatalog.forPayload(LaunchScheduled.class));

        CloudEvent event = codec.toCloudEvent(launch);

        assertThat(UUID.fromString(event.getId())).isNotNull();
        assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(event.getType()).isEqualTo(LaunchScheduled.TYPE);
        assertThat(event.getSource()).hasToString("/marketing-ops/roadmap-service");
        assertThat(event.getSubject()).isEqualTo(Samples.LAUNCH.toString());
        assertThat(event.getTime()).isEqualTo(OffsetDateTime.parse("2025-03-01T12:00:00.123Z"));
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getDataSchema()).hasToString(
                "https://marketingops.dev/schemas/dev.marketingops.roadmap.LaunchScheduled.v1.json");
    }

    @Test
    void newIdPerEventUnlessGiven() {
        EventPayload launch = Samples.of(EventCatalog.forPayload(LaunchScheduled.class));
        assertThat(codec.toCloudEvent(launch).getId()).isNotEqualTo(codec.toCloudEvent(launch).getId());

        OffsetDateTime time = OffsetDateTime.parse("2025-01-01T00:00:00Z");
        CloudEvent replayed = codec.toCloudEvent(launch, URI.create("/marketing-ops/roadmap-service"), "outbox-17", time);
        assertThat(replayed.getId()).isEqualTo("outbox-17");
        assertThat(replayed.getTime()).isEqualTo(time);
    }

    @Test
    void writesBinaryModeHeadersAndKey() {
        ActivityRecorded clicks = ActivityRecorded.counted(Samples.CAMPAIGN, Channel.SOCIAL, ActivityKind.CLICK, 25,
                Samples.AT, JourneyStage.CONSIDERATION);

        ProducerRecord<String, byte[]> record = codec.toProducerRecord(
                codec.toCloudEvent(clicks, URI.create("/tools/social-sync")), clicks.partitionKey());

        assertThat(record.topic()).isEqualTo(Topics.MARKETING_ACTIVITY);
        assertThat(record.key()).isEqualTo(Samples.CAMPAIGN.toString());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo(ActivityRecorded.TYPE);
        assertThat(header(record, "ce_source")).isEqualTo("/tools/social-sync");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .contains("\"kind\":\"CLICK\"", "\"count\":25").doesNotContain("amount", "customerRef");
    }

    @Test
    void refusesToPublishAnInvalidPayload() {
        LaunchScheduled valid = (LaunchScheduled) Samples.of(EventCatalog.forPayload(LaunchScheduled.class));
        LaunchScheduled tierFour = new LaunchScheduled(valid.launchId(), valid.itemId(), valid.productId(),
                valid.roadmapId(), valid.name(), valid.launchDate(), 4, valid.markets(), valid.channels(),
                valid.audienceSegments(), valid.ownerTeam(), valid.budgetHint(), valid.objectives());

        InvalidEventException e = catchThrowableOfType(InvalidEventException.class, () -> codec.toCloudEvent(tierFour));

        assertThat(e.reason()).isEqualTo(InvalidEventException.Reason.SCHEMA_VIOLATION);
        assertThat(e.violations()).extracting(Violation::path).containsExactly("$.tier");
    }
}
