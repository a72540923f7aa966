package dev.marketingops.contracts.activity;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Marketing activity reported by a tool: the public ingest event on topic marketing.activity.
 *
 * <p>Amount and currency are flat fields (not a {@link Money} object) because tools in any language
 * write this event by hand; they are required for SPEND and REVENUE and forbidden for other kinds.
 *
 * @param count       how many occurrences this record stands for (tools may pre-aggregate); 1 when absent
 * @param amount      money amount (&gt;= 0) for SPEND and REVENUE, else null
 * @param currency    ISO-4217 code for SPEND and REVENUE, else null
 * @param occurredAt  event time; rollups bucket by this, not by arrival
 * @param customerRef pseudonymous customer reference (max 200 chars), or null; never an email address
 */
public record ActivityRecorded(
        UUID campaignId,
        Channel channel,
        ActivityKind kind,
        Long count,
        BigDecimal amount,
        String currency,
        Instant occurredAt,
        JourneyStage journeyStage,
        String customerRef) implements EventPayload {

    public static final String TYPE = "dev.marketingops.metrics.ActivityRecorded.v1";

    public ActivityRecorded {
        // The schema defaults count to 1; apply the same default so readers never see null.
        count = count == null ? Long.valueOf(1) : count;
    }

    /** A counted (non-money) activity, e.g. 120 impressions. */
    public static ActivityRecorded counted(UUID campaignId, Channel channel, ActivityKind kind, long count,
            Instant occurredAt, JourneyStage journeyStage) {
        return new ActivityRecorded(campaignId, channel, kind, count, null, null, occurredAt, journeyStage, null);
    }

    /** A money activity (SPEND or REVENUE). */
    public static ActivityRecorded money(UUID campaignId, Channel channel, ActivityKind kind, Money money,
            Instant occurredAt, JourneyStage journeyStage) {
        return new ActivityRecorded(campaignId, channel, kind, 1L, money.amount(), money.currency(), occurredAt,
                journeyStage, null);
    }

    /** Amount and currency as Money, or null for non-money kinds. */
    public Money asMoney() {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    @Override
    public String aggregateId() {
        return campaignId.toString();
    }
}
