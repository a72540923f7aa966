package dev.marketingops.console.campaigns;

import static dev.marketingops.console.support.Plan.YEAR;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;

/** Open campaign pages follow the services without a reload: a campaign's spend, and the list of campaigns. */
@QuarkusTest
class CampaignLiveTest {

    @TestHTTPResource("/")
    URL console;

    @Inject
    LiveFeed feed;

    @Test
    void theSpendRisesOnAnOpenCampaignPage() {
        Plan plan = Plan.create("Spend " + UUID.randomUUID().toString().substring(0, 6));
        UUID campaign = UUID.fromString(plan.activeCampaign("Spend search", "PAID_SEARCH"));
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer"); MarketingTool tool = ConsoleStack.tool()) {
            browser.go("/campaigns/" + campaign);
            assertThat(browser.find("[data-testid=spent]").getText()).isEqualTo("€0.00");
            await().atMost(Duration.ofSeconds(15)).until(() -> feed.following(campaign) >= 1 && feed.ready());
            tool.publish(new ActivityRecorded(campaign, Channel.PAID_SEARCH, ActivityKind.SPEND, 1L,
                    new BigDecimal("123.45"), "EUR", Instant.now(), JourneyStage.AWARENESS, null));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> browser.find("[data-testid=spent]").getText().equals("€123.45"));
            browser.screenshot("campaign-spend-live");
        }
    }

    @Test
    void theListOfActiveCampaignsGainsANewlyActiveOne() {
        Plan plan = Plan.create("List " + UUID.randomUUID().toString().substring(0, 6));
        // Starting before every other test's campaigns, so it comes first in the list (ordered by start).
        String campaign = Plan.as("campaign-service", "campaign-manager").body(Map.of("name", "Early bird",
                        "productId", plan.productId(), "objective", "Sign-ups", "channels", List.of("EMAIL"),
                        "audienceSegment", "smb-eu", "budget", Map.of("amount", "500.00", "currency", "EUR"),
                        "schedule", Map.of("start", (YEAR - 1) + "-01-01T00:00:00Z", "end", (YEAR - 1) + "-02-01T00:00:00Z",
                                "timeZone", "UTC")))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.go("/campaigns?status=ACTIVE");
            assertThat(browser.all("[data-testid=campaign-row][data-campaign='" + campaign + "']")).isEmpty();
            // The console may have just started (this is often the JVM's first class): its feed must hold its partitions.
            await().atMost(Duration.ofSeconds(15)).until(() -> feed.following(null) >= 1 && feed.ready());
            Plan.activate(campaign);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> !browser.all("[data-testid=campaign-row][data-campaign='" + campaign + "']").isEmpty());
            browser.screenshot("campaign-list-live");
        }
    }
}
