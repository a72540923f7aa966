package dev.marketingops.plumbing.testapp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A body with times, a flag and a nested amount, so the strict reading of each can be checked. */
public record TrialSchedule(Instant startsAt, LocalDate dueOn, Boolean guarded, Amount budget) {

    /** A nested number, so a parse error inside it must name the leaf. */
    public record Amount(BigDecimal amount) {
    }
}
