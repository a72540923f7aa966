package dev.marketingops.stack;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.InvalidEventException;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.campaign.CampaignActivated;
import dev.marketingops.contracts.campaign.CampaignCancelled;
import dev.marketingops.contracts.campaign.CampaignCompleted;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignPaused;
import dev.marketingops.contracts.campaign.CampaignResumed;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays an ad platform: it learns campaigns from {@code campaign.lifecycle} like a synced tool would, and streams
 * impressions, clicks, conversions, spend and revenue for the active ones as CloudEvents with a plain Kafka client.
 */
final class SimulatedAdPlatform implements Runnable {

    private static final URI SOURCE = URI.create("/tools/demo-ad-platform");

    private final String bootstrapServers;
    private final EventCodec codec = EventCodec.standard();
    private final Map<UUID, Target> campaigns = new ConcurrentHashMap<>();
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running = true;

    SimulatedAdPlatform(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    long published() {
        return published.get();
    }

    int activeCampaigns() {
        return (int) campaigns.values().stream().filter(Target::active).count();
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        try (KafkaConsumer<String, byte[]> consumer = consumer(); KafkaProducer<String, byte[]> producer = producer()) {
            consumer.subscribe(List.of(Topics.CAMPAIGN_LIFECYCLE));
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    learn(record);
                }
                for (Map.Entry<UUID, Target> entry : campaigns.entrySet()) {
                    if (entry.getValue().active()) {
                        for (ActivityRecorded activity : burst(entry.getKey(), entry.getValue())) {
                            producer.send(codec.toProducerRecord(codec.toCloudEvent(activity, SOURCE), activity.partitionKey()));
                            published.incrementAndGet();
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            if (running) {
                System.err.println("Demo ad platform stopped: " + e.getMessage());
            }
        }
    }

    private void learn(ConsumerRecord<String, byte[]> record) {
        EventPayload payload;
        try {
            payload = codec.decode(record).payload();
        } catch (InvalidEventException e) {
            return;
        }
        if (payload instanceof CampaignCreated created) {
            Channel channel = created.channels().isEmpty() ? Channel.DISPLAY : created.channels().get(0);
            String currency = created.budget() == null ? "EUR" : created.budget().currency();
            campaigns.put(created.campaignId(), new Target(channel, currency, false));
        } else if (payload instanceof CampaignActivated activated) {
            campaigns.computeIfPresent(activated.campaignId(), (id, t) -> t.withActive(true));
        } else if (payload instanceof CampaignResumed resumed) {
            campaigns.computeIfPresent(resumed.campaignId(), (id, t) -> t.withActive(true));
        } else if (payload instanceof CampaignPaused paused) {
            campaigns.computeIfPresent(paused.campaignId(), (id, t) -> t.withActive(false));
        } else if (payload instanceof CampaignCompleted completed) {
            campaigns.remove(completed.campaignId());
        } else if (payload instanceof CampaignCancelled cancelled) {
            campaigns.remove(cancelled.campaignId());
        }
    }

    /** About half a second of traffic for one campaign, with a plausible funnel and a little spend and revenue. */
    private static List<ActivityRecorded> burst(UUID campaign, Target target) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Instant now = Instant.now();
        long impressions = 200 + random.nextInt(300);
        long clicks = Math.max(1, impressions * (2 + random.nextInt(4)) / 100);
        long conversions = random.nextInt(100) < 35 ? 1 + random.nextInt(3) : 0;
        BigDecimal spend = BigDecimal.valueOf(impressions).multiply(new BigDecimal("0.004")).setScale(2, RoundingMode.HALF_UP);
        List<ActivityRecorded> events = new java.util.ArrayList<>(List.of(
                ActivityRecorded.counted(campaign, target.channel(), ActivityKind.IMPRESSION, impressions, now, JourneyStage.AWARENESS),
                ActivityRecorded.counted(campaign, target.channel(), ActivityKind.CLICK, clicks, now, JourneyStage.CONSIDERATION),
                ActivityRecorded.money(campaign, target.channel(), ActivityKind.SPEND, new Money(spend, target.currency()), now, JourneyStage.AWARENESS)));
        if (conversions > 0) {
            events.add(new ActivityRecorded(campaign, target.channel(), ActivityKind.CONVERSION, conversions, null, null, now,
                    JourneyStage.CONVERSION, "demo-customer-" + random.nextInt(500)));
            BigDecimal revenue = BigDecimal.valueOf(conversions * (20 + random.nextInt(80))).setScale(2, RoundingMode.HALF_UP);
            events.add(ActivityRecorded.money(campaign, target.channel(), ActivityKind.REVENUE, new Money(revenue, target.currency()), now,
                    JourneyStage.CONVERSION));
        }
        return events;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // A fresh group each start, read from the beginning: the platform relearns every campaign after a restart.
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "demo-ad-platform-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    /** What the platform knows of one campaign. */
    private record Target(Channel channel, String currency, boolean active) {
        Target withActive(boolean value) {
            return new Target(channel, currency, value);
        }
    }
}
