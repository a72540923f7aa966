package dev.marketingops.console.web;

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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every page, with data in every section and seen by admin, renders whole: no {@code NOT_FOUND}, no error page. */
@QuarkusTest
class PagesRenderWholeTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void noPageShowsAValueItCouldNotFind() {
        Plan plan = Plan.create("Whole " + UUID.randomUUID().toString().substring(0, 6));
        String item = plan.item("LAUNCH", "Whole item", YEAR + "-03-01", YEAR + "-08-31", List.of("PAID_SEARCH"), List.of());
        plan.conversionsObjective(item, 10, YEAR + "-08-31");
        String launch = plan.launch(item, "Whole launch", YEAR + "-03-20");
        plan.schedule(launch);
        String campaign = Plan.fannedOut(launch, 1).get(0);
        Plan.activate(campaign);
        plan.review("The upload crashes and I hate it");
        plan.review("Great dashboards, upload works well now");
        try (MarketingTool tool = ConsoleStack.tool()) {
            tool.publish(ActivityRecorded.counted(UUID.fromString(campaign), Channel.PAID_SEARCH, ActivityKind.IMPRESSION,
                    1_000, Instant.now(), JourneyStage.AWARENESS));
            tool.publish(new ActivityRecorded(UUID.fromString(campaign), Channel.PAID_SEARCH, ActivityKind.CONVERSION, 4L,
                    null, null, Instant.now(), JourneyStage.CONVERSION, "whole-" + campaign));
        }
        List<String> pages = List.of("/roadmap?productId=" + plan.productId(),
                "/roadmap?productId=" + plan.productId() + "&by=quarter", "/launches/" + launch, "/campaigns",
                "/campaigns/" + campaign, "/kpis?scope=campaign&id=" + campaign + "&granularity=day",
                "/kpis?scope=launch&id=" + launch + "&granularity=hour",
                "/feedback?productId=" + plan.productId() + Plan.FEEDBACK_RANGE,
                "/start", "/nope", "/launches/abc");
        // One tab visits them all, more than six live pages in a row, as a person does (each closes its stream on
        // leaving); an expression that finds nothing fails the render (MissingValueGuard), so it shows as an error.
        try (Browser admin = Browser.open(console.toString()).signInAs("admin")) {
            for (String page : pages) {
                admin.go(page);
                // Sections a page loads after it shows (journeys, semantic themes) are part of it too.
                await(page).atMost(Duration.ofSeconds(20))
                        .until(() -> !admin.driver().getPageSource().contains("Loading the"));
                String source = admin.driver().getPageSource();
                assertThat(source).as(page).doesNotContain("NOT_FOUND").doesNotContain("Error id");
                assertThat(admin.driver().getTitle()).as(page).endsWith("marketing-ops console");
                admin.screenshot("whole-" + (pages.indexOf(page) + 1) + "-" + page.split("[/?]")[1]);
            }
        }
    }
}
