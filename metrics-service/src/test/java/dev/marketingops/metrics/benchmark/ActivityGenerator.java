package dev.marketingops.metrics.benchmark;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/** Activity as tools write it, keyed by campaign, 5 % re-sent with the same id (half unkeyed); keeps the distinct totals. */
// Mix: 80 % impressions, 15 % clicks, 3 % conversions, 2 % spend; event times over `hours` ending two hours ago (inside
// the touchpoint retention). A re-send is one of the last RECENT records, so it rarely lands in the original's poll.
// Each event is made from its own index (seed and id included), so a re-send rebuilds the original from its index:
// the generator holds no records, only counters and the distinct totals, and leaves the heap to the service.
final class ActivityGenerator {

    private static final EventCodec CODEC = EventCodec.standard();
    private static final int RECENT = 10_000;

    private final List<String> campaigns;
    private final double customerShare;
    private final int hours;
    private final SplittableRandom random = new SplittableRandom(7);
    /** Fresh per run: ids must not repeat an earlier run's (a database that outlived it would drop them as duplicates). */
    private final long seed = UUID.randomUUID().getMostSignificantBits();
    private final Header[] template;
    private final Instant base;
    private long sent;
    private long fresh;
    private long resentKeyed;
    private long resentUnkeyed;
    private ActivityTotals distinct = ActivityTotals.NONE;

    ActivityGenerator(List<String> campaigns, double customerShare, int hours) {
        this.campaigns = campaigns;
        this.customerShare = customerShare;
        this.hours = hours;
        this.base = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours + 2L));
        // Headers as the contracts codec writes them; only id and subject change per event.
        ActivityRecorded sample = ActivityRecorded.counted(UUID.randomUUID(), Channel.DISPLAY, ActivityKind.IMPRESSION, 1,
                base, JourneyStage.AWARENESS);
        template = CODEC.toProducerRecord(Topics.MARKETING_ACTIVITY, "k",
                CODEC.toCloudEvent(sample, URI.create("/tools/benchmark"))).headers().toArray();
    }

    /** The next record: a new event, or (every 20th) a re-send of a recent one with the same id. */
    ProducerRecord<String, byte[]> next() {
        sent++;
        if (sent % 20 == 0 && fresh > 0) {
            ProducerRecord<String, byte[]> original = event(fresh - 1 - random.nextInt((int) Math.min(fresh, RECENT)), false);
            boolean keyed = (sent / 20) % 2 == 0;
            if (keyed) {
                resentKeyed++;
            } else {
                resentUnkeyed++;
            }
            return new ProducerRecord<>(original.topic(), null, null, keyed ? original.key() : null, original.value(),
                    original.headers());
        }
        return event(fresh++, true);
    }

    /** Totals of the distinct events generated so far. */
    ActivityTotals distinct() {
        return distinct;
    }

    long resentKeyed() {
        return resentKeyed;
    }

    long resentUnkeyed() {
        return resentUnkeyed;
    }

    /** The event of this index, always the same; {@code first} adds it to the distinct totals. */
    private ProducerRecord<String, byte[]> event(long index, boolean first) {
        SplittableRandom random = new SplittableRandom(seed ^ index * 0x9E3779B97F4A7C15L);
        UUID id = new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | 1L << 63);
        ActivityTotals totals;
        String campaign = campaigns.get(random.nextInt(campaigns.size()));
        int p = random.nextInt(100);
        String at = base.plusSeconds(random.nextInt(hours * 3600)).toString();
        String body;
        if (p < 80) {
            body = counted(random, campaign, "IMPRESSION", "AWARENESS", at);
            totals = new ActivityTotals(1, 1, 0, 0, 0);
        } else if (p < 95) {
            body = counted(random, campaign, "CLICK", "CONSIDERATION", at);
            totals = new ActivityTotals(1, 0, 1, 0, 0);
        } else if (p < 98) {
            body = counted(random, campaign, "CONVERSION", "CONVERSION", at);
            totals = new ActivityTotals(1, 0, 0, 1, 0);
        } else {
            int euros = 1 + random.nextInt(500);
            int dimes = random.nextInt(10);
            body = "{\"campaignId\":\"" + campaign + "\",\"channel\":\"DISPLAY\",\"kind\":\"SPEND\",\"amount\":"
                    + euros + "." + dimes + "0,\"currency\":\"EUR\",\"occurredAt\":\"" + at
                    + "\",\"journeyStage\":\"AWARENESS\"}";
            totals = new ActivityTotals(1, 0, 0, 0, euros * 100L + dimes * 10L);
        }
        if (first) {
            distinct = distinct.plus(totals);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.MARKETING_ACTIVITY, campaign,
                body.getBytes(StandardCharsets.UTF_8));
        for (Header h : template) {
            switch (h.key()) {
                case "ce_id" -> record.headers().add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
                case "ce_subject" -> record.headers().add("ce_subject", campaign.getBytes(StandardCharsets.UTF_8));
                default -> record.headers().add(h);
            }
        }
        return record;
    }

    private String counted(SplittableRandom random, String campaign, String kind, String stage, String at) {
        String ref = random.nextDouble() < customerShare ? ",\"customerRef\":\"cust-" + random.nextInt(1_000_000) + "\"" : "";
        return "{\"campaignId\":\"" + campaign + "\",\"channel\":\"DISPLAY\",\"kind\":\"" + kind + "\",\"count\":1,"
                + "\"occurredAt\":\"" + at + "\",\"journeyStage\":\"" + stage + "\"" + ref + "}";
    }
}
