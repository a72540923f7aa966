package dev.marketingops.console.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.console.live.LiveFeed;
import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.ConsoleStack;
import dev.marketingops.console.support.Plan;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.stack.MarketingTool;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Under a busy stream of KPI changes the KPI page's heavy sections (attribution, people funnel) refresh at most once per
 * throttle interval (5 s, {@code kpi-throttled}) while the figures follow every change, and end on the final figures.
 */
@QuarkusTest
class ThrottledSectionsLiveTest {

    /** LiveResource.THROTTLE. */
    static final Duration INTERVAL = Duration.ofSeconds(5);
    /**
     * What two refreshes' request times may be closer than the server's interval: each event's way from the server
     * through the event stream to htmx's request, which differs from event to event on a loaded machine.
     */
    static final Duration DELIVERY_JITTER = Duration.ofMillis(500);
    static final Duration STREAM = Duration.ofSeconds(16);
    static final Duration TICK = Duration.ofMillis(250);

    @TestHTTPResource("/")
    URL console;

    @Inject
    LiveFeed feed;

    @Test
    void aBusyStreamRefreshesTheThrottledSectionsAtMostOncePerIntervalAndEndsOnTheFinalFigures() throws InterruptedException {
        Plan plan = Plan.create("Busy " + UUID.randomUUID().toString().substring(0, 6));
        UUID campaign = UUID.fromString(plan.activeCampaign("Flash sale", "SOCIAL"));
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (Browser browser = Browser.open(console.toString()).signInAs("analyst");
             MarketingTool tool = ConsoleStack.tool()) {
            browser.go("/kpis?scope=campaign&id=" + campaign + "&granularity=hour&from=" + hour.minus(12, ChronoUnit.HOURS)
                    + "&to=" + hour.plus(1, ChronoUnit.HOURS));
            await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> !browser.all("[data-testid=attribution-empty]").isEmpty()
                            && !browser.all("[data-testid=people-empty]").isEmpty() && feed.following(campaign) == 1);
            // Each section's re-fetch, as the page issues it, with the browser's time in ms.
            js(browser, """
                    window.notReloaded = true;
                    window.refreshes = [];
                    document.body.addEventListener('htmx:beforeRequest', function (e) {
                      var path = (e.detail.requestConfig && e.detail.requestConfig.path) || '';
                      window.refreshes.push([path.split('?')[0], Date.now()]);
                    });""");

            // A new customer sees the ad and converts every 250 ms for 16 s: a KPI change in every snapshot round.
            int total = (int) (STREAM.toMillis() / TICK.toMillis());
            AtomicInteger customers = new AtomicInteger();
            ScheduledExecutorService stream = Executors.newSingleThreadScheduledExecutor();
            try {
                stream.scheduleAtFixedRate(() -> {
                    if (customers.get() < total) {
                        String customer = "busy-" + customers.incrementAndGet() + "-" + campaign;
                        tool.publish(touch(campaign, ActivityKind.IMPRESSION, JourneyStage.AWARENESS,
                                hour.minus(2, ChronoUnit.HOURS), customer));
                        tool.publish(touch(campaign, ActivityKind.CONVERSION, JourneyStage.CONVERSION,
                                hour.minus(1, ChronoUnit.HOURS), customer));
                    }
                }, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
                await().atMost(STREAM.plusSeconds(30)).until(() -> customers.get() >= total / 2);
                browser.screenshot("kpis-throttled-busy");
                await().atMost(STREAM.plusSeconds(30)).until(() -> customers.get() >= total);
            } finally {
                // Lets a publish under way finish: the count says what is on Kafka.
                stream.shutdown();
                assertThat(stream.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }

            // The last change is not lost: it is released within an interval of the stream going quiet.
            int published = customers.get();
            String row = "[data-testid=attribution-campaigns] [data-campaign='" + campaign + "'] [data-testid=credit]";
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                        .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                        .until(() -> !browser.all(row).isEmpty() && browser.find(row).getText().startsWith(published + ".00")
                                && browser.find("[data-testid=attribution]").getText().contains(published + " customers' journeys")
                                && browser.all("[data-testid=people-stage]").stream()
                                        .anyMatch(s -> s.getText().startsWith("AWARENESS " + published)));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                browser.screenshot("kpis-throttled-not-final");
                throw new AssertionError("Not the final figures of " + published + " customers; attribution: "
                        + browser.find("#attribution").getText() + "\npeople funnel: " + browser.find("#people-funnel").getText()
                        + "\nrefreshes: " + js(browser, "return JSON.stringify(window.refreshes)"), e);
            }
            assertThat(js(browser, "return window.notReloaded === true")).as("no reload").isEqualTo(Boolean.TRUE);

            List<Long> attribution = times(browser, "/kpis/attribution");
            List<Long> people = times(browser, "/kpis/people-funnel");
            List<Long> figures = times(browser, "/kpis/figures");
            List<Long> gaps = gaps(attribution);
            System.out.printf("Busy stream: %d customers in %d s; figures refreshed %d times, attribution %d, people funnel "
                    + "%d; attribution gaps %s ms (throttle %d ms)%n", published, STREAM.toSeconds(), figures.size(),
                    attribution.size(), people.size(), gaps, INTERVAL.toMillis());
            // The stream was busy: the cheap section followed many more changes than the heavy ones were refreshed for.
            assertThat(figures.size()).isGreaterThan(2 * attribution.size());
            // At most one refresh per interval: over the stream and the quiet tail, never two closer than the interval.
            assertThat(attribution).hasSizeBetween(2, (int) (STREAM.toMillis() / INTERVAL.toMillis()) + 2);
            assertThat(people).hasSameSizeAs(attribution);
            assertThat(gaps).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(
                    INTERVAL.minus(DELIVERY_JITTER).toMillis()));
            assertThat(gaps(people)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(
                    INTERVAL.minus(DELIVERY_JITTER).toMillis()));
            js(browser, "document.getElementById('attribution').scrollIntoView()");
            browser.screenshot("kpis-throttled-final");
        }
    }

    private static Object js(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /** The browser times (ms) at which the page re-fetched the section at {@code path}. */
    @SuppressWarnings("unchecked")
    private static List<Long> times(Browser browser, String path) {
        List<List<Object>> all = (List<List<Object>>) js(browser, "return window.refreshes");
        return all.stream().filter(r -> path.equals(r.get(0))).map(r -> ((Number) r.get(1)).longValue()).toList();
    }

    private static List<Long> gaps(List<Long> times) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(times.get(i) - times.get(i - 1));
        }
        return gaps;
    }

    private static ActivityRecorded touch(UUID campaign, ActivityKind kind, JourneyStage stage, Instant at, String customer) {
        return new ActivityRecorded(campaign, Channel.SOCIAL, kind, 1L, null, null, at, stage, customer);
    }
}
