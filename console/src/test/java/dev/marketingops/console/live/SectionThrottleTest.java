package dev.marketingops.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A page's heavy sections refresh at once on the first change, at most once per interval after, and never miss the last. */
class SectionThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final SectionThrottle throttle = new SectionThrottle(Duration.ofSeconds(5), now::get);

    @Test
    void theFirstChangeGoesOutAtOnceWithItsThrottledTwin() {
        assertThat(throttle.names(List.of(kpi(), kpi(), campaign()))).containsExactly("kpi", "campaign", "kpi-throttled");
    }

    @Test
    void aBusyStreamGetsOneThrottledEventPerIntervalAndTheLastChangeIsNotLost() {
        throttle.names(List.of(kpi()));
        int throttled = 0;
        // Twenty seconds of a KPI change in every 150 ms tick.
        for (int tick = 1; tick <= 133; tick++) {
            now.addAndGet(Duration.ofMillis(150).toNanos());
            List<String> names = throttle.names(List.of(kpi()));
            assertThat(names).startsWith("kpi");
            throttled += names.contains("kpi-throttled") ? 1 : 0;
        }
        assertThat(throttled).isEqualTo(3);
        // Sent at 15.3 s; the stream goes quiet at 19.95 s: the change held back goes out on the first empty tick
        // after 20.3 s, not before.
        now.addAndGet(Duration.ofMillis(150).toNanos());
        assertThat(throttle.names(List.of())).isEmpty();
        now.addAndGet(Duration.ofMillis(300).toNanos());
        assertThat(throttle.names(List.of())).containsExactly("kpi-throttled");
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(throttle.names(List.of())).isEmpty();
    }

    @Test
    void kindsAreThrottledApartAndOthersNever() {
        throttle.names(List.of(kpi()));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(throttle.names(List.of(feedback(), campaign(), kpi())))
                .containsExactly("feedback", "campaign", "kpi", "feedback-throttled");
    }

    private static LiveEvent kpi() {
        return new LiveEvent("kpi", "", "", 0);
    }

    private static LiveEvent feedback() {
        return new LiveEvent("feedback", "", "", 0);
    }

    private static LiveEvent campaign() {
        return new LiveEvent("campaign", "", "", 0);
    }
}
