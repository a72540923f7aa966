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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

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
            // One customer per campaign sees its ad and converts: every campaign gets a row in every model. Sent
            // without waiting for each acknowledgement (flush waits for all): one key's records stay in order.
            for (String campaign : names.keySet()) {
                String customer = "many-" + campaign;
                tool.send(touch(UUID.fromString(campaign), ActivityKind.IMPRESSION, JourneyStage.AWARENESS,
                        hour.minus(4, ChronoUnit.HOURS), customer));
                tool.send(touch(UUID.fromString(campaign), ActivityKind.CONVERSION, JourneyStage.CONVERSION,
                        hour.minus(3, ChronoUnit.HOURS), customer));
            }
            tool.flush();
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
            List<List<String>> shown = namesShown(browser, rows);
            assertThat(shown).hasSize(CAMPAIGNS);
            for (List<String> row : shown) {
                assertThat(row.get(1)).as("campaign %s", row.get(0)).isEqualTo(names.get(row.get(0)));
            }
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView()", browser.find("#attribution"));
            browser.screenshot("kpis-attribution-305-campaigns");
        }
    }

    /**
     * Each row's campaign id and the text of its campaign-name link as the browser renders it (empty when the link is
     * missing or not rendered), read in one script rather than three WebDriver calls per row (915 calls, about 10 s).
     */
    @SuppressWarnings("unchecked")
    private static List<List<String>> namesShown(Browser browser, String rows) {
        return (List<List<String>>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return Array.from(document.querySelectorAll(arguments[0])).map(function (row) {
                  var name = row.querySelector('[data-testid=campaign-name]');
                  var rendered = name !== null && name.getClientRects().length > 0;
                  return [row.getAttribute('data-campaign'), rendered ? name.innerText.trim() : ''];
                });""", rows);
    }

    private static ActivityRecorded touch(UUID campaign, ActivityKind kind, JourneyStage stage, Instant at, String customer) {
        return new ActivityRecorded(campaign, Channel.SOCIAL, kind, 1L, null, null, at, stage, customer);
    }
}
