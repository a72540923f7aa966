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
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

/** The KPI page's people funnel and attribution follow the live feed, and name the campaigns they credit. */
@QuarkusTest
class JourneySectionsLiveTest {

    @TestHTTPResource("/")
    URL console;

    @Inject
    LiveFeed feed;

    @Test
    void newJourneysReachTheOpenPageWithoutAReloadUnderTheCampaignsName() {
        Plan plan = Plan.create("Live journeys " + UUID.randomUUID().toString().substring(0, 6));
        UUID campaign = UUID.fromString(plan.activeCampaign("Spring remarketing", "SOCIAL"));
        try (Browser browser = openEmpty(campaign)) {
            publishJourneys(campaign);
            String row = "[data-testid=attribution-campaigns] [data-campaign='" + campaign + "']";
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> !browser.all(row).isEmpty() && browser.all("[data-testid=people-stage]").size() > 1);
            assertThat(notReloaded(browser)).as("the sections changed without a reload").isTrue();
            assertThat(browser.find(row + " [data-testid=campaign-name]").getText()).isEqualTo("Spring remarketing");
            assertThat(browser.find(row).getText()).contains("€120.00");
            assertThat(browser.find("[data-testid=people-stage]").getText()).startsWith("AWARENESS").contains("2");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.find("#attribution"));
            browser.screenshot("kpis-journeys-live");
        }
    }

    @Test
    void aCampaignUnknownToCampaignServiceShowsItsShortIdWithTheFullIdAsTitle() {
        UUID unknown = UUID.randomUUID();
        try (Browser browser = openEmpty(unknown)) {
            publishJourneys(unknown);
            String link = "[data-testid=attribution-campaigns] [data-campaign='" + unknown + "'] [data-testid=campaign-id]";
            // No KPI snapshot names a campaign metrics has no lifecycle for, so this page is reloaded, not live.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class).until(() -> {
                        browser.driver().navigate().refresh();
                        await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                                .until(() -> !browser.all("[data-testid=attribution]").isEmpty());
                        return !browser.all(link).isEmpty();
                    });
            assertThat(browser.find(link).getText()).isEqualTo(unknown.toString().substring(0, 8) + "…");
            assertThat(browser.find(link).getAttribute("title")).isEqualTo(unknown.toString());
        }
    }

    /** The campaign's KPI page with both journey sections loaded and empty, following the feed, marked to tell a reload. */
    private Browser openEmpty(UUID campaign) {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Browser browser = Browser.open(console.toString()).signInAs("analyst");
        browser.go("/kpis?scope=campaign&id=" + campaign + "&granularity=hour&from=" + hour.minus(12, ChronoUnit.HOURS)
                + "&to=" + hour.plus(1, ChronoUnit.HOURS));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                .until(() -> !browser.all("[data-testid=attribution-empty]").isEmpty()
                        && !browser.all("[data-testid=people-empty]").isEmpty() && feed.following(campaign) == 1);
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true");
        return browser;
    }

    private static boolean notReloaded(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true"));
    }

    /** Two customers see an ad and click; one converts and pays 120 EUR. */
    private static void publishJourneys(UUID campaign) {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (MarketingTool tool = ConsoleStack.tool()) {
            for (String customer : java.util.List.of("live-a-" + campaign, "live-b-" + campaign)) {
                tool.publish(touch(campaign, ActivityKind.IMPRESSION, JourneyStage.AWARENESS, hour.minus(5, ChronoUnit.HOURS), customer));
                tool.publish(touch(campaign, ActivityKind.CLICK, JourneyStage.CONSIDERATION, hour.minus(4, ChronoUnit.HOURS), customer));
            }
            String buyer = "live-a-" + campaign;
            tool.publish(touch(campaign, ActivityKind.CONVERSION, JourneyStage.CONVERSION, hour.minus(3, ChronoUnit.HOURS), buyer));
            tool.publish(new ActivityRecorded(campaign, Channel.SOCIAL, ActivityKind.REVENUE, 1L, new BigDecimal("120.00"),
                    "EUR", hour.minus(3, ChronoUnit.HOURS), JourneyStage.CONVERSION, buyer));
        }
    }

    private static ActivityRecorded touch(UUID campaign, ActivityKind kind, JourneyStage stage, Instant at, String customer) {
        return new ActivityRecorded(campaign, Channel.SOCIAL, kind, 1L, null, null, at, stage, customer);
    }
}
