package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A batch's touchpoints held column by column give back what the counted events carried, in PostgreSQL's uuid order. */
class TouchpointColumnsTest {

    @Test
    void givesBackEveryFieldOfEveryRowPastTheFirstGrowth() {
        TouchpointColumns columns = new TouchpointColumns();
        List<CountedActivity> added = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            boolean revenue = i % 7 == 0;
            ActivityRecorded a = new ActivityRecorded(UUID.randomUUID(), Channel.values()[i % Channel.values().length],
                    revenue ? ActivityKind.REVENUE : ActivityKind.CLICK, revenue ? 1 : i + 1L,
                    revenue ? new BigDecimal("12.345678") : null, revenue ? "EUR" : null,
                    Instant.parse("2026-03-02T10:15:30.123456Z").plusSeconds(i),
                    JourneyStage.values()[i % JourneyStage.values().length], "cust-" + i);
            CountedActivity counted = new CountedActivity(UUID.randomUUID(), a, 0L, UUID.randomUUID());
            columns.add(counted);
            added.add(counted);
        }

        assertThat(columns.size()).isEqualTo(1_000);
        for (int row = 0; row < added.size(); row++) {
            ActivityRecorded a = added.get(row).activity();
            assertThat(columns.occurredAt(row)).isEqualTo(a.occurredAt());
            assertThat(columns.count(row)).isEqualTo(a.count());
            assertThat(new UUID(columns.customerHigh(row), columns.customerLow(row))).isEqualTo(added.get(row).customerKey());
            assertThat(columns.campaignId(row)).isEqualTo(a.campaignId());
            assertThat(columns.channel(row)).isEqualTo(a.channel());
            assertThat(columns.kind(row)).isEqualTo(a.kind());
            assertThat(columns.journeyStage(row)).isEqualTo(a.journeyStage());
            assertThat(columns.amount(row)).isEqualTo(a.amount());
            assertThat(columns.currency(row)).isEqualTo(a.currency());
        }
    }

    @Test
    void keepsTheTimeAsTheColumnStoresIt() {
        TouchpointColumns columns = new TouchpointColumns();
        columns.add(click(UUID.randomUUID(), Instant.parse("2026-03-08T23:59:59.999999600Z")));

        assertThat(columns.occurredAt(0)).isEqualTo(Instant.parse("2026-03-09T00:00:00Z")); // rounded half up
    }

    @Test
    void ordersCampaignsAsPostgresOrdersUuidsThenByTime() {
        UUID low = UUID.fromString("00000000-0000-4000-8000-000000000001");
        UUID high = UUID.fromString("f0000000-0000-4000-8000-000000000001"); // negative as a Java long
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        TouchpointColumns columns = new TouchpointColumns();
        columns.add(click(high, t));
        columns.add(click(low, t.plusSeconds(5)));
        columns.add(click(low, t));

        assertThat(columns.compareInIndexOrder(1, 0)).isNegative(); // 0x00… before 0xf0…, unlike UUID.compareTo
        assertThat(columns.compareInIndexOrder(2, 1)).isNegative();
        assertThat(columns.compareInIndexOrder(1, 1)).isZero();
    }

    private static CountedActivity click(UUID campaign, Instant at) {
        return new CountedActivity(UUID.randomUUID(), new ActivityRecorded(campaign, Channel.EMAIL, ActivityKind.CLICK,
                1L, null, null, at, JourneyStage.CONSIDERATION, "cust"), 0L, UUID.randomUUID());
    }
}
