package dev.marketingops.roadmap.views.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Size of a timeline bucket: calendar months or calendar quarters. */
public enum Granularity {
    MONTH(1),
    QUARTER(3);

    private final int months;

    Granularity(int months) {
        this.months = months;
    }

    /** First day of the bucket containing {@code date}. */
    public LocalDate bucketStart(LocalDate date) {
        int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(date.getYear(), firstMonth, 1);
    }

    public LocalDate nextBucket(LocalDate bucketStart) {
        return bucketStart.plusMonths(months);
    }

    /** How many buckets a timeline from {@code first} to {@code last} has, both ends' buckets included. */
    public long bucketsBetween(LocalDate first, LocalDate last) {
        return ChronoUnit.MONTHS.between(bucketStart(first), bucketStart(last)) / months + 1;
    }

    /** {@code 2026-03} for a month, {@code 2026-Q1} for a quarter. */
    public String label(LocalDate bucketStart) {
        return this == MONTH
                ? String.format("%d-%02d", bucketStart.getYear(), bucketStart.getMonthValue())
                : bucketStart.getYear() + "-Q" + ((bucketStart.getMonthValue() - 1) / 3 + 1);
    }
}
