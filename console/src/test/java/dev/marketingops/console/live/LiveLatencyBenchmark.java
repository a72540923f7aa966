package dev.marketingops.console.live;

import static org.awaitility.Awaitility.await;

import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.ConsoleStack;
import dev.marketingops.console.support.Plan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.stack.MarketingTool;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Figures for the console's live goal (2 s p99): a campaign status change on Kafka until it shows on the open campaign
 * page, and new activity on Kafka until the KPI chart of an open page has its point (split at the KpiSnapshot that
 * carries it). Prints p50/p99; asserts nothing about speed. Page server times: {@code PageRenderBenchmark}.
 * Run: ./mvnw -pl console -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=LiveLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
@QuarkusTest
class LiveLatencyBenchmark {

    private static final int ROUNDS = 30;
    private static final int KPI_ROUNDS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL console;

    @Test
    void campaignStatusChangeOnKafkaToVisibleOnThePage() throws Exception {
        Plan plan = Plan.create("Bench live " + UUID.randomUUID().toString().substring(0, 6));
        String campaign = plan.activeCampaign("Bench search", "PAID_SEARCH");
        List<Long> latencies = new ArrayList<>();
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer"); KafkaConsumer<String, String> lifecycle = follow(Topics.CAMPAIGN_LIFECYCLE)) {
            browser.go("/campaigns/" + campaign);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            for (int round = 0; round < ROUNDS; round++) {
                String action = round % 2 == 0 ? "pause" : "resume";
                String expected = round % 2 == 0 ? "PAUSED" : "ACTIVE";
                // The page notes (in browser time, the same clock as the machine's) when the status first reads as expected.
                // One observer for all rounds, reading the round's goal from the page: an observer per round would let
                // an earlier round's goal, already met, mark the new round as seen at the first unrelated change.
                js.executeScript("window.__want = arguments[0]; window.__seen = 0;"
                        + "if (!window.__observer) { window.__observer = new MutationObserver(() => {"
                        + " const s = document.querySelector('[data-testid=campaign-status]');"
                        + " if (!window.__seen && s && s.textContent.trim() === window.__want) { window.__seen = Date.now(); } });"
                        + " window.__observer.observe(document.body, {subtree: true, childList: true, characterData: true}); }", expected);
                Plan.as("campaign-service", "campaign-manager").body("{}").post("/api/v1/campaigns/" + campaign + "/" + action)
                        .then().statusCode(200);
                long onKafka = awaitRecord(lifecycle, campaign);
                long seen = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> ((Number) js.executeScript("return window.__seen;")).longValue(), v -> v > 0);
                latencies.add(seen - onKafka);
            }
        }
        print("event on Kafka -> visible on the campaign page (ms)", latencies);
    }

    @Test
    void newActivityOnKafkaToAKpiChartPoint() throws Exception {
        Plan plan = Plan.create("Bench KPIs " + UUID.randomUUID().toString().substring(0, 6));
        UUID campaign = UUID.fromString(plan.activeCampaign("Bench always-on", "PAID_SEARCH"));
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String range = "&from=" + hour.minus(KPI_ROUNDS + 2, ChronoUnit.HOURS) + "&to=" + hour.plus(1, ChronoUnit.HOURS);
        List<Long> toSnapshot = new ArrayList<>();
        List<Long> snapshotToPage = new ArrayList<>();
        List<Long> toPage = new ArrayList<>();
        try (Browser browser = Browser.open(console.toString()).signInAs("analyst"); MarketingTool tool = ConsoleStack.tool();
             KafkaConsumer<String, String> kpis = follow(Topics.METRICS_KPIS)) {
            long total = 1_000;
            tool.publish(ActivityRecorded.counted(campaign, Channel.PAID_SEARCH, ActivityKind.IMPRESSION, 1_000,
                    hour.minus(KPI_ROUNDS + 1, ChronoUnit.HOURS), JourneyStage.AWARENESS));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                browser.go("/kpis?scope=campaign&granularity=hour&id=" + campaign + range);
                return "1".equals(browser.find("[data-testid=kpi-chart]").getAttribute("data-points"));
            });
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            for (int round = 0; round < KPI_ROUNDS; round++) {
                int points = round + 2;
                // The page notes (browser time: the machine's clock) when the chart first has the new point.
                js.executeScript("window.__want = arguments[0]; window.__seen = 0;"
                        + "if (!window.__observer) { window.__observer = new MutationObserver(() => {"
                        + " const c = document.querySelector('[data-testid=kpi-chart]');"
                        + " if (!window.__seen && c && Number(c.getAttribute('data-points')) >= window.__want) { window.__seen = Date.now(); } });"
                        + " window.__observer.observe(document.body, {subtree: true, childList: true, attributes: true}); }",
                        points);
                long count = 100 + round;
                total += count;
                tool.publish(ActivityRecorded.counted(campaign, Channel.PAID_SEARCH, ActivityKind.IMPRESSION, count,
                        hour.minus(KPI_ROUNDS - round, ChronoUnit.HOURS), JourneyStage.AWARENESS));
                long onKafka = System.currentTimeMillis();
                long snapshot = awaitSnapshot(kpis, campaign.toString(), total);
                long seen = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> ((Number) js.executeScript("return window.__seen;")).longValue(), v -> v > 0);
                toSnapshot.add(snapshot - onKafka);
                snapshotToPage.add(seen - snapshot);
                toPage.add(seen - onKafka);
            }
        }
        print("new activity on Kafka -> KPI chart point on the open page (ms)", toPage);
        print("  of which: activity on Kafka -> KpiSnapshot with it on metrics.kpis (ms)", toSnapshot);
        print("  of which: KpiSnapshot on metrics.kpis -> point on the page (ms)", snapshotToPage);
    }

    private static KafkaConsumer<String, String> follow(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConsoleStack.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "console-bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        return consumer;
    }

    /** The broker's timestamp of the next record about the campaign. */
    private static long awaitRecord(KafkaConsumer<String, String> consumer, String campaign) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                if (campaign.equals(r.key())) {
                    return r.timestamp();
                }
            }
        }
        throw new IllegalStateException("No campaign.lifecycle record for " + campaign);
    }

    /** The broker timestamp of the first KpiSnapshot of the campaign counting {@code impressions} in all. */
    private static long awaitSnapshot(KafkaConsumer<String, String> consumer, String campaign, long impressions) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                if (r.value() != null && r.value().contains(campaign)) {
                    JsonNode snapshot = JSON.readTree(r.value());
                    if (campaign.equals(snapshot.path("campaignId").asText()) && snapshot.path("impressions").asLong() == impressions) {
                        return r.timestamp();
                    }
                }
            }
        }
        throw new IllegalStateException("No KpiSnapshot of " + campaign + " with " + impressions + " impressions");
    }

    private static void print(String what, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        long p50 = sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1);
        long p99 = sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
        System.out.printf("[benchmark] %s: n=%d p50=%d p99=%d max=%d%n", what, sorted.size(), p50, p99, sorted.get(sorted.size() - 1));
    }
}
