package dev.marketingops.metrics.journeys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Distinct customers per stage, in order, within the window. */
class PeopleFunnelTest {

    static final Instant T = Instant.parse("2026-05-01T00:00:00Z");

    static PeopleFunnel.StageTouch at(int stage, int day) {
        return new PeopleFunnel.StageTouch(stage, T.plus(Duration.ofDays(day)));
    }

    @Test
    void countsCustomersWhoReachEachStageInOrderWithinTheWindow() {
        List<List<PeopleFunnel.StageTouch>> customers = List.of(
                List.of(at(0, 0), at(1, 1), at(2, 2)),            // A: awareness, consideration, conversion
                List.of(at(1, 0), at(2, 1)),                      // B: never aware in range: not in the funnel
                List.of(at(0, 0), at(2, 1), at(1, 2)),            // C: conversion before consideration: reaches 2
                List.of(at(0, 0), at(0, 35), at(1, 40)));         // D: 40 d after the first start, 5 d after the second
        long[] counts = PeopleFunnel.count(customers, 5, Duration.ofDays(30));
        assertThat(counts).containsExactly(3, 3, 1, 0, 0);
        // With one day: A stops at consideration (day 1 is on the deadline, day 2 past it), C's and D's next steps
        // come too late.
        assertThat(PeopleFunnel.count(customers, 5, Duration.ofDays(1))).containsExactly(3, 1, 0, 0, 0);
        // With five days D's second start (day 35) reaches consideration (day 40); its first (day 0) does not.
        assertThat(PeopleFunnel.count(customers, 5, Duration.ofDays(5))).containsExactly(3, 3, 1, 0, 0);
    }
}
