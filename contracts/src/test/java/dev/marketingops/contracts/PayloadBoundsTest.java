package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Payload values no schema rule catches but storage refuses or changes: a NUL, a time outside years 1 to 9999 (UTC). */
class PayloadBoundsTest {

    @Test
    void aNulInAnyTextIsNamedByItsPath() {
        LaunchScheduled payload = new LaunchScheduled(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "Aurora", LocalDate.of(2026, 9, 1), 1, List.of("DE", "A\u0000T"), List.of(Channel.EMAIL),
                List.of("smb"), "growth", null, List.of());

        assertThat(PayloadBounds.check(payload)).extracting(Violation::path).containsExactly("$.markets[1]");
    }

    @Test
    void timesAreWithinTheYears1To9999ToTheMicrosecond() {
        for (String outside : new String[] {"0000-06-01T00:00:00Z", "+10000-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z"}) {
            assertThat(PayloadBounds.check(completedAt(outside))).as(outside).extracting(Violation::path)
                    .containsExactly("$.completedAt");
        }
        for (String inside : new String[] {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "2026-11-29T07:00:00Z"}) {
            assertThat(PayloadBounds.check(completedAt(inside))).as(inside).isEmpty();
        }
    }

    private static LaunchCompleted completedAt(String instant) {
        return new LaunchCompleted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.parse(instant));
    }
}
