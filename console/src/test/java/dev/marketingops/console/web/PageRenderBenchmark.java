package dev.marketingops.console.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.marketingops.console.support.ConsoleStack;
import dev.marketingops.console.support.Plan;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.stack.MarketingTool;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Server time of every page (goal: p99 under 300 ms) with demo-like data: a product with a roadmap of 12 items and
 * their objectives, a scheduled launch whose fan-out made three running campaigns, a week of hourly activity for
 * each, and 40 feedback answers. Each page is rendered {@value #RENDERS} times after {@value #WARMUP} warm-up renders,
 * one after another; the figure is the console's own Server-Timing header (arrival to headers out: service calls and
 * rendering), printed beside the round trip seen by the client. Prints figures; asserts nothing about speed.
 * Run: ./mvnw -pl console -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=PageRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
@QuarkusTest
class PageRenderBenchmark {

    private static final int WARMUP = 20;
    private static final int RENDERS = 200;

    @TestHTTPResource("/")
    URL console;

    @Test
    void everyPagesServerTimeWithDemoLikeData() {
        Plan plan = Plan.create("Bench pages " + UUID.randomUUID().toString().substring(0, 6));
        String launchItem = plan.item("LAUNCH", "Self-serve tier", Plan.YEAR + "-03-01", Plan.YEAR + "-08-31",
                List.of("PAID_SEARCH", "SOCIAL", "EMAIL"), List.of());
        plan.conversionsObjective(launchItem, 2_000, Plan.YEAR + "-08-31");
        for (int i = 1; i < 12; i++) {
            String item = plan.item(i % 2 == 0 ? "LAUNCH" : "INITIATIVE", "Item " + i, Plan.YEAR + "-0" + (1 + i % 9) + "-01",
                    Plan.YEAR + "-" + (10 + i % 3) + "-15", List.of(i % 3 == 0 ? "EMAIL" : "SOCIAL"), List.of());
            plan.conversionsObjective(item, 100 + i, Plan.YEAR + "-12-01");
        }
        String launch = plan.launch(launchItem, "Self-serve launch", Plan.YEAR + "-03-20");
        plan.schedule(launch);
        List<String> campaigns = await().atMost(Duration.ofSeconds(60)).until(
                () -> Plan.as("campaign-service", "viewer").queryParam("launchId", launch).get("/api/v1/campaigns")
                        .then().extract().jsonPath().getList("items.id", String.class), ids -> ids.size() == 3);
        campaigns.forEach(Plan::activate);
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (MarketingTool tool = ConsoleStack.tool()) {
            for (String campaign : campaigns) {
                for (int h = 0; h < 7 * 24; h++) {
                    Instant at = hour.minus(h, ChronoUnit.HOURS);
                    UUID id = UUID.fromString(campaign);
                    tool.send(ActivityRecorded.counted(id, Channel.SOCIAL, ActivityKind.IMPRESSION, 900 + h, at, JourneyStage.AWARENESS));
                    tool.send(ActivityRecorded.counted(id, Channel.SOCIAL, ActivityKind.CLICK, 30 + h % 7, at, JourneyStage.CONSIDERATION));
                    tool.send(ActivityRecorded.counted(id, Channel.SOCIAL, ActivityKind.CONVERSION, 1 + h % 3, at, JourneyStage.CONVERSION));
                }
            }
            tool.flush();
        }
        for (int i = 0; i < 40; i++) {
            switch (i % 4) {
                case 0 -> Plan.launchFeedback(launch, "NPS", Map.of("score", i % 11));
                case 1 -> Plan.launchFeedback(launch, "FEATURE_REQUEST", Map.of("text", "Please add single sign-on " + i));
                case 2 -> plan.review("Great export and fast sync " + i);
                default -> plan.review("The import is slow and broken " + i);
            }
        }
        String campaign = campaigns.get(0);
        String session = signIn("viewer");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("roadmap", "/roadmap?productId=" + plan.productId());
        pages.put("launch", "/launches/" + launch);
        pages.put("campaigns", "/campaigns");
        pages.put("campaign", "/campaigns/" + campaign);
        pages.put("kpis", "/kpis?scope=campaign&granularity=hour&id=" + campaign);
        pages.put("feedback", "/feedback?productId=" + plan.productId());
        // The week of activity is counted before measuring, so every KPI render shows the same 168 hours.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> campaigns.stream()
                .allMatch(c -> Plan.as("metrics-service", "viewer").queryParam("campaignId", c).queryParam("granularity", "hour")
                        .get("/api/v1/kpis/timeseries").then().extract().jsonPath().getList("points").size() == 7 * 24));

        System.out.printf("[benchmark] pages with demo-like data; load average before: %s%n", loadAverage());
        pages.forEach((name, path) -> {
            List<Double> server = new ArrayList<>();
            List<Double> roundTrip = new ArrayList<>();
            for (int i = 0; i < WARMUP + RENDERS; i++) {
                long start = System.nanoTime();
                Response page = get(session, path);
                double took = (System.nanoTime() - start) / 1e6;
                if (page.statusCode() != 200) {
                    throw new IllegalStateException(name + " answered " + page.statusCode() + ": " + page.asString());
                }
                if (i >= WARMUP) {
                    server.add(Double.parseDouble(page.header("Server-Timing").replaceAll(".*dur=", "")));
                    roundTrip.add(took);
                }
            }
            System.out.printf("[benchmark] page %-9s server time p50=%.0f ms p99=%.0f ms max=%.0f ms | round trip p50=%.0f p99=%.0f (n=%d)%n",
                    name, pct(server, 0.50), pct(server, 0.99), pct(server, 1.0), pct(roundTrip, 0.50), pct(roundTrip, 0.99), RENDERS);
        });
        System.out.printf("[benchmark] load average after: %s%n", loadAverage());
    }

    private Response get(String session, String path) {
        return given().baseUri(console.toString()).cookie("mo_session", session).redirects().follow(false).get(path);
    }

    private String signIn(String role) {
        Response form = given().baseUri(console.toString()).get("/sign-in");
        String field = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return given().baseUri(console.toString()).redirects().follow(false).cookie("mo_csrf", form.getCookie("mo_csrf"))
                .formParam("csrf-token", field).formParam("token", ConsoleStack.token(role)).post("/sign-in").getCookie("mo_session");
    }

    private static double pct(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String loadAverage() {
        return String.format(java.util.Locale.ROOT, "%.2f (1 min)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
