package dev.marketingops.plumbing.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.contracts.EventTimeBounds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A payload's event time is bounded on the service's clock and the setting; a negative setting is refused by name. */
class EventTimeBeansTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void boundsEventTimesOnTheServicesClockAndTheSetting() {
        EventTimeBounds bounds = new EventTimeBeans().eventTimeBounds(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(1));

        assertThat(bounds.latest()).isEqualTo(Instant.parse("2026-03-11T12:00:00Z"));
    }

    @Test
    void aNegativeSkewIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new EventTimeBeans().eventTimeBounds(Clock.systemUTC(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("marketingops.events.max-future-skew");
    }
}
