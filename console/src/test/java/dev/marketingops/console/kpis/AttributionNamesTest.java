package dev.marketingops.console.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** Attribution names every campaign it shows, also beyond campaign-service's largest page (200). */
@QuarkusTest
class AttributionNamesTest {

    /** More than campaign-service's largest page (200), and more beyond it than one id lookup takes (100). */
    static final int CAMPAIGNS = 305;

    @TestHTTPResource("/")
    URL console;

    @Test
    void aProductWithMoreCampaignsThanAPageHasEveryAttributionRowNamed() {
        Plan plan = Plan.create("Many " + UUID.randomUUID().toString().substring(0, 6));
        Map<String, String> names = new LinkedHashMap<>();
        IntStream.rangeClosed(1, CAMPAIGNS).forEach(i -> {
            String name = String.format("Wave %03d", i);
            names.put(plan.campaign(name, "SOCIAL"), name);
        });
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (MarketingTool tool = ConsoleStack.tool()) {
            // One customer per campaign sees its ad and converts: every campaign gets a row in every model.
            for (String campaign : names.keySet()) {
                String customer = "many-" + campaign;
                tool.publish(touch(UUID.fromString(campaign), ActivityKind.IMPRESSION, JourneyStage.AWARENESS,
                        hour.minus(4, ChronoUnit.HOURS), customer));
                tool.publish(touch(UUID.fromString(campaign), ActivityKind.CONVERSION, JourneyStage.CONVERSION,
                        hour.minus(3, ChronoUnit.HOURS), customer));
            }
        }
        String rows = "[data-testid=attribution-campaigns] tbody [data-campaign]";
        try (Browser browser = Browser.open(console.toString()).signInAs("analyst")) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class).until(() -> {
                        browser.go("/kpis?scope=product&id=" + plan.productId() + "&granularity=hour&from="
                                + hour.minus(12, ChronoUnit.HOURS) + "&to=" + hour.plus(1, ChronoUnit.HOURS));
                        await().atMost(Duration.ofSeconds(20)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                                .until(() -> !browser.all("[data-testid=attribution]").isEmpty()
                                        || !browser.all("[data-testid=attribution-empty]").isEmpty());
                        return browser.all(rows).size() == CAMPAIGNS;
                    });
            // Each row named as campaign-service names it; none left as a bare id.
            assertThat(browser.all("[data-testid=attribution-campaigns] [data-testid=campaign-id]")).isEmpty();
            for (WebElement row : browser.all(rows)) {
                String campaign = row.getAttribute("data-campaign");
                assertThat(row.findElement(org.openqa.selenium.By.cssSelector("[data-testid=campaign-name]")).getText())
                        .as("campaign %s", campaign).isEqualTo(names.get(campaign));
            }
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView()", browser.find("#attribution"));
            browser.screenshot("kpis-attribution-305-campaigns");
        }
    }

    private static ActivityRecorded touch(UUID campaign, ActivityKind kind, JourneyStage stage, Instant at, String customer) {
        return new ActivityRecorded(campaign, Channel.SOCIAL, kind, 1L, null, null, at, stage, customer);
    }
}
