package dev.marketingops.console.roadmap;

import static dev.marketingops.console.support.Plan.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.console.live.LiveFeed;
import dev.marketingops.console.support.ConsoleStack;
import dev.marketingops.stack.MarketingTool;
import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.Plan;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The roadmap page as a product manager sees it: bars in their months, conflicts marked, objectives and the lifecycle
 * stage moving live.
 */
@QuarkusTest
class RoadmapPageTest {

    @TestHTTPResource("/")
    URL console;

    @Inject
    LiveFeed feed;

    @Test
    void timelineDrawsOneBarPerItemInItsStartMonth() {
        Plan plan = Plan.create("Timeline " + UUID.randomUUID().toString().substring(0, 6));
        String research = plan.item("INITIATIVE", "Pricing research", YEAR + "-02-10", YEAR + "-04-20", List.of("EMAIL"), List.of());
        plan.item("LAUNCH", "Acme v3", YEAR + "-05-03", YEAR + "-07-15", List.of("PAID_SEARCH"), List.of(research));
        plan.item("IMPROVEMENT", "Onboarding", YEAR + "-09-01", YEAR + "-10-31", List.of("WEB"), List.of());
        Map<String, String> startMonth = Map.of("Pricing research", YEAR + "-02", "Acme v3", YEAR + "-05", "Onboarding", YEAR + "-09");

        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.go("/roadmap?productId=" + plan.productId());
            List<WebElement> bars = browser.all("[data-testid=bar]");
            assertThat(bars).hasSize(3);
            for (WebElement bar : bars) {
                String title = bar.getAttribute("title").split(":")[0];
                assertThat(bar.getAttribute("data-start-period")).isEqualTo(startMonth.get(title));
                // The bar starts where its month's column header starts, as a person reading the chart sees it.
                WebElement header = browser.find(".tl-head [data-column='" + bar.getAttribute("data-column") + "']");
                int month = Integer.parseInt(startMonth.get(title).substring(5));
                assertThat(header.getText()).isEqualTo(java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK));
                assertThat(Math.abs(bar.getRect().getX() - header.getRect().getX())).isLessThanOrEqualTo(2);
            }
            assertThat(browser.find(".deps").getText()).contains("Pricing research");
            assertThat(browser.find("[data-testid=revenue-target]").getText()).isEqualTo("€1,250,000.00");
            assertThat(browser.find("[data-testid=stage]").getText()).isEqualTo("GROWTH");
            browser.screenshot("roadmap-timeline");
            browser.width(390).go("/roadmap?productId=" + plan.productId());
            assertThat(browser.all("[data-testid=bar]")).hasSize(3);
            browser.screenshot("roadmap-timeline-390px");
        }
    }

    @Test
    void launchesForTheSameAudienceAndChannelAreMarkedAsAConflict() {
        Plan plan = Plan.create("Conflicts " + UUID.randomUUID().toString().substring(0, 6));
        String first = plan.item("LAUNCH", "Mobile app", YEAR + "-05-01", YEAR + "-06-30", List.of("SOCIAL"), List.of());
        String second = plan.item("LAUNCH", "Partner bundle", YEAR + "-05-01", YEAR + "-06-30", List.of("SOCIAL"), List.of());
        String apart = plan.item("LAUNCH", "Autumn refresh", YEAR + "-10-01", YEAR + "-11-30", List.of("SOCIAL"), List.of());
        plan.launch(first, "Mobile app launch", YEAR + "-05-20");
        plan.launch(second, "Partner bundle launch", YEAR + "-05-22");
        plan.launch(apart, "Autumn launch", YEAR + "-10-20");

        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.go("/roadmap?productId=" + plan.productId());
            assertThat(browser.all("[data-testid=launch-marker]")).hasSize(3);
            List<WebElement> flagged = browser.all("[data-testid=launch-marker].conflict");
            assertThat(flagged).hasSize(2);
            assertThat(browser.all("[data-testid=conflict]")).hasSize(2);
            assertThat(browser.all(".conflict-text")).extracting(WebElement::getText)
                    .anySatisfy(text -> assertThat(text).contains("same audience and channel as Partner bundle launch"));
            browser.screenshot("roadmap-conflict");
        }
    }

    @Test
    void aLifecycleStageChangeShowsWithoutAReload() {
        Plan plan = Plan.create("Stage " + UUID.randomUUID().toString().substring(0, 6));
        plan.item("INITIATIVE", "Retention push", YEAR + "-02-01", YEAR + "-03-31", List.of("EMAIL"), List.of());

        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.go("/roadmap?productId=" + plan.productId());
            assertThat(browser.find("[data-testid=stage]").getText()).isEqualTo("GROWTH");
            // The feed serves only what comes after a page subscribes: change the stage once this page's stream is open.
            await().atMost(Duration.ofSeconds(15)).until(() -> feed.following(UUID.fromString(plan.productId())) >= 1);
            plan.stage("MATURITY");
            // No reload: the page follows roadmap.products and redraws the stage with the timeline.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> browser.find("[data-testid=stage]").getText().equals("MATURITY"));
            assertThat(browser.all("[data-testid=bar]")).hasSize(1);
        }
    }

    @Test
    void anObjectivesStateChangesLiveAfterConversionsArePublished() {
        Plan plan = Plan.create("Objectives " + UUID.randomUUID().toString().substring(0, 6));
        String item = plan.item("LAUNCH", "Self-serve checkout", YEAR + "-03-01", YEAR + "-08-31", List.of("PAID_SEARCH"), List.of());
        plan.conversionsObjective(item, 100, YEAR + "-08-31");
        String launch = plan.launch(item, "Checkout launch", YEAR + "-03-20");
        plan.schedule(launch);
        String campaign = Plan.fannedOut(launch, 1).get(0);
        Plan.activate(campaign);

        try (Browser browser = Browser.open(console.toString()).signInAs("viewer"); MarketingTool tool = ConsoleStack.tool()) {
            browser.go("/roadmap?productId=" + plan.productId());
            String before = browser.find("[data-testid=objective-status]").getText();
            assertThat(before).isNotEqualTo("ACHIEVED");
            // The feed serves only what comes after a page subscribes: publish once this page's stream is open.
            await().atMost(Duration.ofSeconds(15)).until(() -> feed.following(UUID.fromString(plan.productId())) >= 1);
            tool.publish(new ActivityRecorded(UUID.fromString(campaign), Channel.PAID_SEARCH, ActivityKind.CONVERSION, 120L,
                    null, null, Instant.now(), JourneyStage.CONVERSION, null));
            // No reload: the page follows metrics.kpis and redraws the timeline section.
            // The section is swapped while we read it, so an element found a moment ago may be gone: read again.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> browser.find("[data-testid=objective-status]").getText().equals("ACHIEVED")
                            && browser.find("[data-testid=objective]").getAttribute("data-status").equals("ACHIEVED"));
            browser.screenshot("roadmap-objective-achieved");
        }
    }
}
