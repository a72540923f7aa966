package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.marketingops.contracts.InvalidEventException.Reason;
import dev.marketingops.contracts.roadmap.LaunchCancelled;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * An event time from 2000 to the skew past the clock is taken: a CloudEvent time outside is INVALID_ENVELOPE, a payload's
 * is refused with a message naming the bounds.
 */
class EventTimeBoundsTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private final EventCodec codec = new EventCodec(EventValidator.standard(), ContractJson.mapper(), CLOCK);

    @Test
    void acceptsFrom2000ToTheSkewPastNow() {
        EventTimeBounds day = new EventTimeBounds(CLOCK, Duration.ofDays(1));

        assertThat(day.accepts(EventTimeBounds.EARLIEST)).isTrue();
        assertThat(day.accepts(NOW.plus(Duration.ofDays(1)))).isTrue();
        assertThat(day.accepts(EventTimeBounds.EARLIEST.minusNanos(1))).isFalse();
        assertThat(day.accepts(NOW.plus(Duration.ofDays(1)).plusNanos(1))).isFalse();
        assertThat(day.accepts(Instant.MAX)).isFalse();
        assertThat(day.accepts(Instant.MIN)).isFalse();
        assertThat(new EventTimeBounds(CLOCK, Duration.ofMinutes(5)).accepts(NOW.plus(Duration.ofMinutes(6)))).isFalse();
        assertThatThrownBy(() -> new EventTimeBounds(CLOCK, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesTimesFrom2000ToTheSkewPastTheClockWithLatestTakenOnce() {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        EventTimeBounds day = new EventTimeBounds(Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(1));
        Instant latest = day.latest();

        assertThat(latest).isEqualTo(Instant.parse("2026-03-11T12:00:00Z"));
        assertThat(EventTimeBounds.within(Instant.parse("2000-01-01T00:00:00Z"), latest)).isTrue();
        assertThat(EventTimeBounds.within(now, latest)).isTrue();
        assertThat(EventTimeBounds.within(latest, latest)).isTrue();
        assertThat(EventTimeBounds.within(latest.plusNanos(1), latest)).isFalse();
        assertThat(EventTimeBounds.within(Instant.parse("1999-12-31T23:59:59.999999Z"), latest)).isFalse();
        assertThat(EventTimeBounds.within(Instant.parse("2093-06-01T00:00:00Z"), latest)).isFalse();
        assertThat(day.refusal(Instant.parse("2093-06-01T00:00:00Z"), latest))
                .startsWith("must be from 2000-01-01T00:00:00Z to 2026-03-11T12:00:00Z (PT24H after now), was 2093-06-01T00:00:00Z");
    }

    @Test
    void aSkewBeyondTheLastInstantLeavesNoUpperBound() {
        EventTimeBounds endless = new EventTimeBounds(CLOCK, Duration.ofSeconds(Long.MAX_VALUE));

        assertThat(endless.latest()).isEqualTo(Instant.MAX);
        assertThat(endless.accepts(Instant.MAX)).isTrue();
        assertThat(endless.accepts(EventTimeBounds.EARLIEST.minusNanos(1))).isFalse();
    }

    @Test
    void aTimeOutsideTheBoundsIsAnInvalidEnvelopeNamingCeTime() {
        for (String time : new String[] {"0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-0001-12-31T00:00:00Z",
                "1999-12-31T23:59:59.999Z", "2026-06-16T10:00:00.001Z", "9999-12-31T23:59:59-18:00"}) {
            InvalidEventException e = catchThrowableOfType(InvalidEventException.class, () -> codec.decode(record(time)));

            assertThat(e).as(time).isNotNull();
            assertThat(e.reason()).isEqualTo(Reason.INVALID_ENVELOPE);
            assertThat(e.violations()).extracting(Violation::path).containsExactly("time");
            assertThat(e.getMessage()).contains("ce_time").contains(time.startsWith("+") ? "+10000" : time.substring(0, 4));
        }
    }

    @Test
    void aTimeWithinTheBoundsOrNoneDecodes() {
        for (String time : new String[] {"2000-01-01T00:00:00Z", "2026-06-16T10:00:00Z", "2026-06-16T11:00:00+01:00"}) {
            assertThat(codec.decode(record(time)).payloadAs(LaunchCancelled.class).reason()).as(time).isEqualTo("dropped");
        }
        ProducerRecord<String, byte[]> untimed = produced();
        untimed.headers().remove("ce_time");
        assertThat(codec.decode(KafkaRecords.delivered(untimed)).cloudEvent().getTime()).isNull();
    }

    @Test
    void aCodecTakesItsOwnSkew() {
        EventCodec strict = new EventCodec(EventValidator.standard(), ContractJson.mapper(), CLOCK,
                new EventTimeBounds(CLOCK, Duration.ofMinutes(5)));

        assertThat(strict.times().maxFutureSkew()).isEqualTo(Duration.ofMinutes(5));
        assertThat(strict.decode(record("2026-06-15T10:05:00Z")).id()).isNotBlank();
        assertThat(catchThrowableOfType(InvalidEventException.class, () -> strict.decode(record("2026-06-15T10:05:01Z"))))
                .isNotNull();
    }

    private ProducerRecord<String, byte[]> produced() {
        LaunchCancelled cancelled = new LaunchCancelled(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "dropped");
        return codec.toProducerRecord(codec.toCloudEvent(cancelled, URI.create("/tools/test"), UUID.randomUUID().toString(),
                OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC)), "k");
    }

    private org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record(String time) {
        ProducerRecord<String, byte[]> sent = produced();
        RecordHeaders headers = new RecordHeaders(sent.headers().toArray());
        headers.remove("ce_time");
        headers.add("ce_time", time.getBytes(StandardCharsets.UTF_8));
        return KafkaRecords.received(sent.topic(), headers, sent.key(), sent.value());
    }
}
