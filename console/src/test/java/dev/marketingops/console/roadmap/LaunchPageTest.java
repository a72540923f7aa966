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
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A launch page: what the fan-out created (with links), KPIs against the launch's targets as a plot, NPS and feature
 * requests (for roles that read feedback), and reschedule/launch/complete/cancel offered to roadmap editors only.
 */
@QuarkusTest
class LaunchPageTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void aLaunchShowsItsFanOutKpisAgainstTargetsAndVoiceAndOffersItsActionsToEditorsOnly() {
        Plan plan = Plan.create("Launch page " + UUID.randomUUID().toString().substring(0, 6));
        String item = plan.item("LAUNCH", "Team workspaces", YEAR + "-03-01", YEAR + "-08-31", List.of("PAID_SEARCH"), List.of());
        plan.conversionsObjective(item, 100, YEAR + "-08-31");
        String launch = plan.launch(item, "Workspaces launch", YEAR + "-03-20");
        plan.schedule(launch);
        // The fan-out: campaign-service drafts a campaign for the launch; activate it so its activity is counted.
        String campaign = Plan.fannedOut(launch, 1).get(0);
        String campaignName = Plan.as("campaign-service", "viewer").get("/api/v1/campaigns/" + campaign).then()
                .statusCode(200).extract().path("name");
        Plan.activate(campaign);
        Plan.launchFeedback(launch, "NPS", Map.of("score", 10));
        Plan.launchFeedback(launch, "FEATURE_REQUEST", Map.of("text", "Please add single sign-on to team workspaces"));
        Instant today = Instant.now();
        try (MarketingTool tool = ConsoleStack.tool()) {
            tool.publish(conversions(campaign, 40, today.minus(1, ChronoUnit.DAYS)));
            tool.publish(conversions(campaign, 30, today));
        }

        try (Browser viewer = Browser.open(console.toString()).signInAs("viewer")) {
            // Metrics learns the target from the launch and counts the conversions; feedback scores the answers.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class).until(() -> {
                        viewer.go("/launches/" + launch);
                        return viewer.all("[data-testid=target-table][data-kpi=conversions] tbody tr").size() == 2
                                && !viewer.all("[data-testid=feature-request]").isEmpty()
                                && !viewer.all("[data-testid=launch-nps]").isEmpty();
                    });

            WebElement created = viewer.find("a[href='/campaigns/" + campaign + "']");
            assertThat(created.getText()).isEqualTo(campaignName);
            // Conversions are a count: written whole, as the KPI page writes them.
            assertThat(viewer.find("[data-testid=target][data-kpi=conversions]").getText()).contains("100").contains("70")
                    .doesNotContain("100.00");
            // The plot: conversions to date per day against the target line, drawn from its table.
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    "2".equals(viewer.find("[data-testid=target-chart][data-kpi=conversions]").getAttribute("data-points")));
            List<String> rows = viewer.all("[data-testid=target-table][data-kpi=conversions] tbody tr").stream()
                    .map(r -> r.getAttribute("textContent").replaceAll("\\s+", " ").strip()).toList();
            assertThat(rows.get(0)).contains("40").contains("100").doesNotContain(".00");
            assertThat(rows.get(1)).contains("70").contains("100").doesNotContain(".00");
            assertThat(viewer.find("[data-testid=launch-nps]").getText()).isEqualTo("100.00");
            assertThat(viewer.find("[data-testid=feature-requests]").getText()).contains("single sign-on");
            assertThat(viewer.find("[data-testid=launch-feedback-link]").getAttribute("href")).endsWith("/feedback?launchId=" + launch);
            // A viewer may read the launch but change nothing: no action is offered.
            assertThat(actions(viewer)).isEmpty();
            viewer.screenshot("launch-page");
        }

        try (Browser editor = Browser.open(console.toString()).signInAs("roadmap-editor")) {
            editor.go("/launches/" + launch);
            assertThat(editor.find("[data-testid=target][data-kpi=conversions]").getText()).contains("100");
            // A roadmap editor reads no feedback: the section is left out rather than shown as a refusal.
            assertThat(editor.all("[data-testid=problem]")).isEmpty();
            assertThat(editor.all("[data-testid=feature-requests]")).isEmpty();
            assertThat(actions(editor)).containsExactly("reschedule", "launch", "cancel");
            editor.screenshot("launch-page-editor");

            WebElement date = editor.find("#launchDate");
            ((JavascriptExecutor) editor.driver()).executeScript("arguments[0].value = arguments[1]", date, YEAR + "-04-10");
            editor.find("#r-reason").sendKeys("Waiting for the SSO partner");
            editor.find("button[data-action=reschedule]").click();
            await().atMost(Duration.ofSeconds(15)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> editor.find("dl.facts").getText().contains("10 Apr " + YEAR));
            editor.find("button[data-action=launch]").click();
            await().atMost(Duration.ofSeconds(15)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> "LAUNCHED".equals(editor.find("[data-testid=launch-status]").getText()));
            assertThat(actions(editor)).containsExactly("complete", "cancel");
            editor.find("button[data-action=complete]").click();
            await().atMost(Duration.ofSeconds(15)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> "COMPLETED".equals(editor.find("[data-testid=launch-status]").getText()));
            assertThat(actions(editor)).isEmpty();
        }
    }

    private static List<String> actions(Browser browser) {
        return browser.all("button[data-action]").stream().map(b -> b.getAttribute("data-action")).toList();
    }

    private static ActivityRecorded conversions(String campaign, long count, Instant at) {
        return new ActivityRecorded(UUID.fromString(campaign), Channel.PAID_SEARCH, ActivityKind.CONVERSION, count,
                null, null, at, JourneyStage.CONVERSION, null);
    }
}
