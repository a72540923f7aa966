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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;

/** The KPI form takes plain dates as whole UTC days, and says once, at the field, what it cannot use. */
@QuarkusTest
class KpiDateRangeTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void plainDatesShowTheFiguresUpToTheEndOfTheToDay() {
        Plan plan = Plan.create("Dates " + UUID.randomUUID().toString().substring(0, 6));
        UUID campaign = UUID.fromString(plan.activeCampaign("Date range search", "PAID_SEARCH"));
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        try (MarketingTool tool = ConsoleStack.tool()) {
            // Late on the To day: counted only if To means the end of that day.
            tool.publish(ActivityRecorded.counted(campaign, Channel.PAID_SEARCH, ActivityKind.IMPRESSION, 4_321,
                    day.atTime(22, 0).toInstant(ZoneOffset.UTC), JourneyStage.AWARENESS));
        }
        try (Browser browser = Browser.open(console.toString()).signInAs("analyst")) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class).until(() -> {
                        browser.go("/kpis?scope=campaign&id=" + campaign + "&granularity=day&from=" + day.minusDays(2)
                                + "&to=" + day);
                        return browser.all("[data-testid=kpi-table] tbody tr").size() == 1;
                    });
            assertThat(browser.find("[data-testid=kpi-table]").getText()).contains("4,321");
            assertThat(browser.all("[data-testid=problem]")).isEmpty();
            assertThat(browser.all("[data-testid=form-error]")).isEmpty();
            assertThat(browser.find("#to").getAttribute("value")).isEqualTo(day.toString());
            browser.screenshot("kpis-plain-dates");
        }
    }

    @Test
    void aReversedRangeIsOneMessageNextToTheToField() {
        Plan plan = Plan.create("Reversed " + UUID.randomUUID().toString().substring(0, 6));
        UUID campaign = UUID.fromString(plan.activeCampaign("Reversed range search", "PAID_SEARCH"));
        try (Browser browser = Browser.open(console.toString()).signInAs("analyst")) {
            browser.go("/kpis?scope=campaign&id=" + campaign + "&granularity=day&from=2026-03-31&to=2026-03-01");
            assertThat(browser.all("[role=alert]")).hasSize(1);
            assertThat(browser.find("[data-testid=form-error]").getAttribute("data-field")).isEqualTo("to");
            assertThat(browser.find("[data-testid=form-error]").getText()).contains("ends before it starts")
                    .doesNotContain("ISO-8601");
            assertThat(browser.find("#to").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.all("#people-funnel, #attribution")).isEmpty();
            browser.screenshot("kpis-reversed-range");
        }
    }
}
