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
        List<String> campaigns = Plan.fannedOut(launch, 3);
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
        // Beside each page, the service reads it makes, timed one after another right after it (same minutes, same
        // load): what the page costs beyond them is the console's own work. The campaign pages also time the two reads
        // they made before /campaign-overview existed, alternating with the one they make now.
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        String window = "from=" + month.atDay(1) + "&to=" + month.plusMonths(1).atDay(1);
        List<Measured> pages = List.of(
                new Measured("roadmap", "/roadmap?productId=" + plan.productId(),
                        List.of(new Read("roadmap-service", "/api/v1/roadmap-overview?productId=" + plan.productId())), List.of()),
                new Measured("launch", "/launches/" + launch,
                        List.of(new Read("metrics-service", "/api/v1/kpis/overview?launchId=" + launch + "&granularity=day")), List.of()),
                new Measured("campaigns", "/campaigns",
                        List.of(new Read("campaign-service", "/api/v1/campaign-overview?" + window + "&page=0&size=20")),
                        List.of(new Read("campaign-service", "/api/v1/campaigns?page=0&size=20"),
                                new Read("campaign-service", "/api/v1/campaigns/calendar?" + window))),
                new Measured("campaign", "/campaigns/" + campaign,
                        List.of(new Read("campaign-service", "/api/v1/campaign-overview/" + campaign)),
                        List.of(new Read("campaign-service", "/api/v1/campaigns/" + campaign),
                                new Read("campaign-service", "/api/v1/campaigns/" + campaign + "/history"))),
                new Measured("kpis", "/kpis?scope=campaign&granularity=hour&id=" + campaign,
                        List.of(new Read("campaign-service", "/api/v1/campaigns?status=ACTIVE&page=0&size=100"),
                                new Read("metrics-service", "/api/v1/kpis/overview?campaignId=" + campaign + "&granularity=hour")), List.of()),
                new Measured("feedback", "/feedback?productId=" + plan.productId(),
                        List.of(new Read("feedback-service", "/api/v1/feedback-overview?productId=" + plan.productId()
                                + "&granularity=week&themes=10&page=0&size=20")), List.of()));
        // The week of activity is counted before measuring, so every KPI render shows the same 168 hours.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> campaigns.stream()
                .allMatch(c -> Plan.as("metrics-service", "viewer").queryParam("campaignId", c).queryParam("granularity", "hour")
                        .get("/api/v1/kpis/timeseries").then().extract().jsonPath().getList("points").size() == 7 * 24));

        System.out.printf("[benchmark] pages with demo-like data; load average before: %s%n", loadAverage());
        for (Measured measured : pages) {
            List<Double> server = new ArrayList<>();
            List<Double> roundTrip = new ArrayList<>();
            List<Double> reads = new ArrayList<>();
            List<Double> before = new ArrayList<>();
            for (int i = 0; i < WARMUP + RENDERS; i++) {
                long start = System.nanoTime();
                Response page = get(session, measured.page());
                double took = (System.nanoTime() - start) / 1e6;
                if (page.statusCode() != 200) {
                    throw new IllegalStateException(measured.name() + " answered " + page.statusCode() + ": " + page.asString());
                }
                double readsTook = time(measured.reads());
                double beforeTook = measured.before().isEmpty() ? 0 : time(measured.before());
                if (i >= WARMUP) {
                    server.add(Double.parseDouble(page.header("Server-Timing").replaceAll(".*dur=", "")));
                    roundTrip.add(took);
                    reads.add(readsTook);
                    before.add(beforeTook);
                }
            }
            System.out.printf("[benchmark] page %-9s server time p50=%.0f ms p99=%.0f ms max=%.0f ms | round trip p50=%.0f p99=%.0f"
                            + " | its service reads alone p50=%.0f p99=%.0f%s (n=%d)%n",
                    measured.name(), pct(server, 0.50), pct(server, 0.99), pct(server, 1.0), pct(roundTrip, 0.50),
                    pct(roundTrip, 0.99), pct(reads, 0.50), pct(reads, 0.99),
                    measured.before().isEmpty() ? "" : String.format(java.util.Locale.ROOT,
                            " | the %d reads it made before p50=%.0f p99=%.0f", measured.before().size(), pct(before, 0.50),
                            pct(before, 0.99)), RENDERS);
        }
        System.out.printf("[benchmark] load average after: %s%n", loadAverage());
    }

    /** A page and the service reads it makes (now, and before a change), each read as the viewer. */
    private record Measured(String name, String page, List<Read> reads, List<Read> before) {
    }

    private record Read(String service, String path) {
    }

    /** Milliseconds the reads take one after another, as the viewer; each must answer 200. */
    private static double time(List<Read> reads) {
        long start = System.nanoTime();
        for (Read read : reads) {
            int status = Plan.as(read.service(), "viewer").get(read.path()).statusCode();
            if (status != 200) {
                throw new IllegalStateException(read + " answered " + status);
            }
        }
        return (System.nanoTime() - start) / 1e6;
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
