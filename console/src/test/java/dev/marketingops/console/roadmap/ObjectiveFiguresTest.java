package dev.marketingops.console.roadmap;

import static dev.marketingops.console.support.Plan.YEAR;
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
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;

/** An objective's figures on the roadmap: its bar filled as far as its progress (full at most), its KPI written by kind. */
@QuarkusTest
class ObjectiveFiguresTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void anObjectivesBarFillsToItsProgressAndNoFurtherThanFull() {
        Plan plan = Plan.create("Bars " + UUID.randomUUID().toString().substring(0, 6));
        String item = plan.item("LAUNCH", "Bar item", YEAR + "-03-01", YEAR + "-08-31", List.of("PAID_SEARCH"), List.of());
        String half = plan.conversionsObjective(item, 60, YEAR + "-08-31");
        String over = plan.conversionsObjective(item, 20, YEAR + "-08-31");
        String launch = plan.launch(item, "Bar launch", YEAR + "-03-20");
        plan.schedule(launch);
        String campaign = Plan.fannedOut(launch, 1).get(0);
        Plan.activate(campaign);
        try (MarketingTool tool = ConsoleStack.tool()) {
            tool.publish(new ActivityRecorded(UUID.fromString(campaign), Channel.PAID_SEARCH, ActivityKind.CONVERSION, 30L,
                    null, null, Instant.now(), JourneyStage.CONVERSION, null));
        }
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            String halfBar = "[data-objective='" + half + "'] progress";
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class).until(() -> {
                        browser.go("/roadmap?productId=" + plan.productId());
                        return "50".equals(value(browser, halfBar));
                    });
            // 30 of 20 is 150 %: said in words, while the bar is simply full.
            assertThat(value(browser, "[data-objective='" + over + "'] progress")).isEqualTo("100");
            assertThat(browser.find("[data-objective='" + over + "'] [data-testid=objective-percent]").getText()).isEqualTo("150.0 %");
            assertThat(browser.driver().getPageSource()).doesNotContain("NOT_FOUND");
            browser.screenshot("roadmap-objective-bars");
        }
    }

    @Test
    void objectivesWriteCountsWholeAndRatiosAsPercent() {
        Plan plan = Plan.create("Kinds " + UUID.randomUUID().toString().substring(0, 6));
        String item = plan.item("LAUNCH", "Kinds item", YEAR + "-03-01", YEAR + "-08-31", List.of("SOCIAL"), List.of());
        String ctr = plan.objective(item, "ctr", new BigDecimal("0.04"), YEAR + "-08-31");
        String conversions = plan.objective(item, "conversions", 2000, YEAR + "-08-31");
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.go("/roadmap?productId=" + plan.productId());
            assertThat(browser.find("[data-objective='" + ctr + "'] .kpi").getText()).contains("to 4.00 %");
            assertThat(browser.find("[data-objective='" + conversions + "'] .kpi").getText()).contains("to 2,000 ")
                    .doesNotContain("2000.00");
            browser.screenshot("roadmap-objective-kinds");
        }
    }

    private static String value(Browser browser, String css) {
        // The attribute as the console wrote it (the browser's own property would clamp it to max anyway).
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("var p = document.querySelector(arguments[0]); return p ? p.getAttribute('value') : null;", css));
    }
}
