package dev.marketingops.metrics.attribution.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One customer's touchpoints (in {@link Touchpoint#ORDER}) and conversions, as far as the scope and range hold them. */
public record Journey(List<Touchpoint> touchpoints, List<Conversion> conversions) {

    public Journey {
        List<Touchpoint> sorted = new ArrayList<>(touchpoints);
        sorted.sort(Touchpoint.ORDER);
        touchpoints = List.copyOf(sorted);
        conversions = List.copyOf(conversions);
    }

    /** The touchpoints in [at - lookback, at], oldest first: the ones a conversion at {@code at} may credit. */
    public List<Touchpoint> window(Instant at, Duration lookback) {
        Instant start = at.minus(lookback);
        int from = firstAtOrAfter(start);
        int to = firstAtOrAfter(at);
        while (to < touchpoints.size() && !touchpoints.get(to).at().isAfter(at)) {
            to++;
        }
        return touchpoints.subList(from, to);
    }

    private int firstAtOrAfter(Instant t) {
        int lo = 0;
        int hi = touchpoints.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (touchpoints.get(mid).at().isBefore(t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
