package dev.marketingops.console.live;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.ConsoleStack;
import dev.marketingops.console.support.Plan;
import dev.marketingops.contracts.Topics;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
 * Figures for the console's goals: an event on Kafka visible on an open page (p50/p99, goal 2 s p99) and the server
 * time of each page with a demo-sized plan (p99, goal 300 ms). Prints figures; asserts nothing about speed.
 * Run: ./mvnw -pl console -am test -Dgroups=benchmark -DexcludedGroups=none -Dtest=LiveLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
@QuarkusTest
class LiveLatencyBenchmark {

    private static final int ROUNDS = 30;
    private static final int RENDERS = 200;

    @TestHTTPResource("/")
    URL console;

    @Test
    void campaignStatusChangeOnKafkaToVisibleOnThePage() throws Exception {
        Plan plan = Plan.create("Bench live " + UUID.randomUUID().toString().substring(0, 6));
        String campaign = plan.activeCampaign("Bench search", "PAID_SEARCH");
        List<Long> latencies = new ArrayList<>();
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer"); KafkaConsumer<String, String> lifecycle = follow()) {
            browser.go("/campaigns/" + campaign);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            for (int round = 0; round < ROUNDS; round++) {
                String action = round % 2 == 0 ? "pause" : "resume";
                String expected = round % 2 == 0 ? "PAUSED" : "ACTIVE";
                // The page notes (in browser time, the same clock as the machine's) when the status first reads as expected.
                js.executeScript("window.__seen = 0; const want = arguments[0];"
                        + "const check = () => { const s = document.querySelector('[data-testid=campaign-status]');"
                        + " if (!window.__seen && s && s.textContent.trim() === want) { window.__seen = Date.now(); } };"
                        + "new MutationObserver(check).observe(document.body, {subtree: true, childList: true, characterData: true});", expected);
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
    void pageServerTimeWithADemoSizedPlan() {
        Plan plan = Plan.create("Bench pages " + UUID.randomUUID().toString().substring(0, 6));
        for (int i = 0; i < 12; i++) {
            String item = plan.item(i % 2 == 0 ? "LAUNCH" : "INITIATIVE", "Item " + i, Plan.YEAR + "-0" + (1 + i % 9) + "-01",
                    Plan.YEAR + "-" + (10 + i % 3) + "-15", List.of(i % 3 == 0 ? "EMAIL" : "SOCIAL"), List.of());
            plan.conversionsObjective(item, 100 + i, Plan.YEAR + "-12-01");
            if (i % 4 == 0) {
                plan.launch(item, "Launch " + i, Plan.YEAR + "-0" + (1 + i % 9) + "-20");
            }
        }
        String campaign = plan.activeCampaign("Bench campaign", "EMAIL");
        for (int i = 0; i < 10; i++) {
            plan.review(i % 2 == 0 ? "Great export and fast sync " + i : "The import is slow and broken " + i);
        }
        String session = signIn("viewer");
        Map<String, String> pages = Map.of(
                "roadmap", "/roadmap?productId=" + plan.productId(),
                "campaigns", "/campaigns",
                "campaign", "/campaigns/" + campaign,
                "kpis", "/kpis?scope=campaign&id=" + campaign,
                "feedback", "/feedback?productId=" + plan.productId());
        pages.forEach((name, path) -> {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < RENDERS + 20; i++) {
                long start = System.nanoTime();
                given().baseUri(console.toString()).cookie("mo_session", session).get(path).then().statusCode(200);
                if (i >= 20) {
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            print("page " + name + " server time (ms, " + RENDERS + " renders)", times);
        });
    }

    private String signIn(String role) {
        Response form = given().baseUri(console.toString()).get("/sign-in");
        String field = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return given().baseUri(console.toString()).redirects().follow(false).cookie("mo_csrf", form.getCookie("mo_csrf"))
                .formParam("csrf-token", field).formParam("token", ConsoleStack.token(role)).post("/sign-in").getCookie("mo_session");
    }

    private static KafkaConsumer<String, String> follow() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConsoleStack.get().kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "console-bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(Topics.CAMPAIGN_LIFECYCLE));
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

    private static void print(String what, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        long p50 = sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1);
        long p99 = sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
        System.out.printf("[benchmark] %s: n=%d p50=%d p99=%d max=%d%n", what, sorted.size(), p50, p99, sorted.get(sorted.size() - 1));
    }
}
