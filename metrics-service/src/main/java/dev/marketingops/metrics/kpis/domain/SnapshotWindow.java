package dev.marketingops.metrics.kpis.domain;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * What a KpiSnapshot covers: everything counted to date (length null), or a rolling window of whole hours.
 *
 * @param length the rolling window, or null for to-date
 */
public record SnapshotWindow(Duration length) {

    public static final SnapshotWindow TO_DATE = new SnapshotWindow(null);

    /**
     * Reads {@code to-date} or an ISO-8601 duration of whole hours such as {@code PT24H}. Named {@code of} so SmallRye
     * Config converts the property with it, which fails the start on a bad value.
     */
    public static SnapshotWindow of(String value) {
        String v = value.trim();
        if (v.equals("to-date")) {
            return TO_DATE;
        }
        try {
            Duration length = Duration.parse(v);
            // Rollups are hourly and the window ends on an hour, so only whole hours can be covered exactly.
            if (length.isNegative() || length.isZero() || length.toNanos() % Duration.ofHours(1).toNanos() != 0) {
                throw new IllegalArgumentException("a KPI snapshot window must be a positive whole number of hours, not " + v);
            }
            return new SnapshotWindow(length);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a KPI snapshot window is to-date or an ISO-8601 duration such as PT24H, not " + v, e);
        }
    }

    public boolean isToDate() {
        return length == null;
    }
}
