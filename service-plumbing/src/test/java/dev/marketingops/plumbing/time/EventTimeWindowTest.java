package dev.marketingops.plumbing.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A payload's event time is taken from 2000-01-01 to the skew past the given clock, both ends included. */
class EventTimeWindowTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final EventTimeWindow DAY = new EventTimeWindow(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(1));

    @Test
    void takesTimesFrom2000ToTheSkewPastTheClock() {
        Instant latest = DAY.latest();

        assertThat(latest).isEqualTo(Instant.parse("2026-03-11T12:00:00Z"));
        assertThat(EventTimeWindow.within(Instant.parse("2000-01-01T00:00:00Z"), latest)).isTrue();
        assertThat(EventTimeWindow.within(NOW, latest)).isTrue();
        assertThat(EventTimeWindow.within(latest, latest)).isTrue();
        assertThat(EventTimeWindow.within(latest.plusNanos(1), latest)).isFalse();
        assertThat(EventTimeWindow.within(Instant.parse("1999-12-31T23:59:59.999999Z"), latest)).isFalse();
        assertThat(EventTimeWindow.within(Instant.parse("2093-06-01T00:00:00Z"), latest)).isFalse();
        assertThat(DAY.refusal(Instant.parse("2093-06-01T00:00:00Z"), latest))
                .startsWith("must be from 2000-01-01T00:00:00Z to 2026-03-11T12:00:00Z (PT24H after now), was 2093-06-01T00:00:00Z");
    }

    @Test
    void aSkewBeyondTheLastInstantLeavesNoUpperBoundAndANegativeOneIsRefused() {
        EventTimeWindow endless = new EventTimeWindow(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(endless.latest()).isEqualTo(Instant.MAX);
        assertThatThrownBy(() -> new EventTimeWindow(Clock.systemUTC(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
