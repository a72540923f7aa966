package dev.marketingops.campaign.launches;

import dev.marketingops.campaign.support.TestClock;
import static dev.marketingops.campaign.support.KafkaEvents.kafka;
import static dev.marketingops.campaign.support.KafkaEvents.publish;
import static dev.marketingops.campaign.support.Launches.campaignsOf;
import static dev.marketingops.campaign.support.Launches.countOf;
import static dev.marketingops.campaign.support.Launches.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.campaign.support.CampaignApi;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** A real LaunchScheduled on roadmap.launches becomes one DRAFT per launch channel, once. */
@QuarkusTest
class LaunchFanoutTest {

    private static final LocalDate LAUNCH_DAY = TestClock.today().plusDays(60);

    @Test
    void oneDraftPerChannelLinkedToTheLaunchAroundItsDateWithTheBudgetSplit() {
        UUID launch = UUID.randomUUID();
        publish(scheduled(launch, LAUNCH_DAY, Money.of("1000.00", "EUR"), Channel.EMAIL, Channel.SOCIAL, Channel.EVENT));

        await().atMost(Duration.ofSeconds(20)).until(() -> countOf(launch) == 3);
        JsonPath drafts = campaignsOf(launch);
        assertThat(drafts.getList("items.status", String.class)).containsOnly("DRAFT");
        assertThat(drafts.getList("items.ownerTeam", String.class)).containsOnly(CampaignApi.TEAM);
        assertThat(drafts.getList("items.channels.flatten()", String.class)).containsExactlyInAnyOrder("EMAIL", "SOCIAL", "EVENT");
        // Lead P7D and run length P28D from application.properties, from midnight UTC of the launch day.
        Instant start = LAUNCH_DAY.atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofDays(7));
        assertThat(drafts.getList("items.schedule.start", String.class)).containsOnly(start.toString());
        assertThat(drafts.getList("items.schedule.end", String.class)).containsOnly(start.plus(Duration.ofDays(28)).toString());
        List<BigDecimal> budgets = drafts.getList("items.budget.amount", BigDecimal.class);
        // 1000.00 / 3 in whole cents, the remainder on one share: nothing lost, nothing invented.
        assertThat(budgets).containsExactlyInAnyOrder(new BigDecimal("333.34"), new BigDecimal("333.33"), new BigDecimal("333.33"));
    }

    @Test
    void theSameEventDeliveredTwiceCreatesNothingTwice() {
        UUID launch = UUID.randomUUID();
        LaunchScheduled event = scheduled(launch, LAUNCH_DAY, null, Channel.PAID_SEARCH, Channel.DISPLAY);
        EventCodec codec = EventCodec.standard();
        ProducerRecord<String, byte[]> record = codec.toProducerRecord(event);
        kafka().publish(record);
        kafka().publish(record);
        // Also a re-announcement of the same launch under a new event id: still one campaign per channel.
        publish(event);
        // A marker launch on the same key (so the same partition) is applied only after all three deliveries.
        UUID marker = UUID.randomUUID();
        kafka().publish(codec.toProducerRecord(codec.toCloudEvent(scheduled(marker, LAUNCH_DAY, null, Channel.PR)), launch.toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> countOf(marker) == 1);
        assertThat(countOf(launch)).isEqualTo(2);
        assertThat(campaignsOf(launch).getList("items.budget.amount", BigDecimal.class)).containsOnly(new BigDecimal("0.00"));
    }
}
