package dev.marketingops.roadmap.views.domain;

import java.time.LocalDate;

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

    /** {@code 2026-03} for a month, {@code 2026-Q1} for a quarter. */
    public String label(LocalDate bucketStart) {
        return this == MONTH
                ? String.format("%d-%02d", bucketStart.getYear(), bucketStart.getMonthValue())
                : bucketStart.getYear() + "-Q" + ((bucketStart.getMonthValue() - 1) / 3 + 1);
    }
}
