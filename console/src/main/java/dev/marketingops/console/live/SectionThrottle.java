package dev.marketingops.console.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One open page's throttle for its heavy sections: a change of a throttled kind ({@code kpi}, {@code feedback}) also
 * yields {@code <kind>-throttled}, the first at once, then at most once per interval, and the last change is never lost.
 */
final class SectionThrottle {

    static final Set<String> THROTTLED = Set.of("kpi", "feedback");
    static final String SUFFIX = "-throttled";

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Long> sentAt = new HashMap<>();
    private final Set<String> pending = new LinkedHashSet<>();

    SectionThrottle(Duration interval, LongSupplier nanoClock) {
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * The event names for one coalesced batch: each kind in the batch, then the throttled twins that are due. Called
     * for every tick, empty batches included, because a tick is what releases a change held back by the interval.
     */
    List<String> names(List<LiveEvent> batch) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        batch.forEach(e -> names.add(e.name()));
        names.stream().filter(THROTTLED::contains).forEach(pending::add);
        long now = nanoClock.getAsLong();
        List<String> due = new ArrayList<>();
        for (String kind : pending) {
            Long last = sentAt.get(kind);
            if (last == null || now - last >= intervalNanos) {
                due.add(kind);
                sentAt.put(kind, now);
            }
        }
        due.forEach(pending::remove);
        List<String> all = new ArrayList<>(names);
        due.forEach(kind -> all.add(kind + SUFFIX));
        return all;
    }
}
