package dev.marketingops.console.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.console.live.LiveFeed;
import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.ConsoleStack;
import dev.marketingops.console.support.Plan;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.stack.MarketingTool;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

/** The feedback page's semantic themes follow the live feed: reviews sent through Kafka form a theme on the open page. */
@QuarkusTest
class SemanticThemesLiveTest {

    @TestHTTPResource("/")
    URL console;

    @Inject
    LiveFeed feed;

    @Test
    void reviewsArrivingOnKafkaFormAThemeOnTheOpenPageWithoutAReload() {
        Plan plan = Plan.create("Live themes " + UUID.randomUUID().toString().substring(0, 6));
        UUID product = UUID.fromString(plan.productId());
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer"); MarketingTool tool = ConsoleStack.tool()) {
            browser.go("/feedback?productId=" + product + Plan.FEEDBACK_RANGE);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> !browser.all("[data-testid=semantic-empty]").isEmpty() && feed.following(product) == 1);
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            page.executeScript("window.notReloaded = true");

            for (String text : List.of("The app crashes every time I upload a photo", "Uploading a picture makes the app crash",
                    "The app crashed again when I uploaded an image")) {
                tool.publish(new FeedbackSubmitted("live-" + UUID.randomUUID(), FeedbackType.REVIEW, null, null, text,
                        SubjectRef.product(product), Channel.WEB, "en-US", Instant.parse(Plan.REVIEWED_AT),
                        "customer-" + UUID.randomUUID()));
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> browser.all("[data-testid=semantic-theme]").stream()
                            .anyMatch(theme -> theme.getText().toLowerCase(Locale.ROOT).contains("crash")));
            assertThat(page.executeScript("return window.notReloaded === true")).as("no reload").isEqualTo(true);
            page.executeScript("arguments[0].scrollIntoView()", browser.find("#semantic-themes"));
            browser.screenshot("feedback-semantic-themes-live");
        }
    }
}
