package dev.marketingops.console.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.Plan;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The feedback page's insights: top themes by name, each leading to its responses; sentiment slices told apart. */
@QuarkusTest
class FeedbackInsightsTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void topThemesNameEachThemeAndLinkToItsResponses() {
        Plan plan = Plan.create("Top themes " + UUID.randomUUID().toString().substring(0, 6));
        plan.review("The photo upload crashes the app every time");
        plan.review("Photo upload crashes again, please fix the upload");
        plan.review("Upload of a photo crashes, what a pity");
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            // Plan's reviews are dated in its feedback year, so the page asks for that range.
            String page = "/feedback?productId=" + plan.productId() + Plan.FEEDBACK_RANGE;
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class).until(() -> {
                        browser.go(page);
                        return !browser.all("[data-testid=top-theme]").isEmpty();
                    });
            WebElement link = browser.find("[data-testid=top-theme] a");
            String name = link.getText();
            assertThat(name).isNotBlank().isNotEqualTo("NOT_FOUND");
            assertThat(browser.find("[data-testid=top-themes]").getText()).doesNotContain("NOT_FOUND");
            assertThat(link.getAttribute("href")).contains("&theme=").doesNotContain("NOT_FOUND");
            browser.screenshot("feedback-top-themes");
            link.click();
            await().atMost(Duration.ofSeconds(15)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> name.equals(browser.find("#f-theme").getAttribute("value")));
            assertThat(browser.all("[data-testid=response]")).isNotEmpty();
            assertThat(browser.all("[data-testid=empty]")).isEmpty();
        }
    }

    @Test
    void theSentimentSlicesHaveTwoDistinctColours() {
        Plan plan = Plan.create("Sentiment " + UUID.randomUUID().toString().substring(0, 6));
        plan.review("I love the new dashboards, great and fast");
        plan.review("The export is terrible and broken, I hate it");
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            String page = "/feedback?productId=" + plan.productId() + Plan.FEEDBACK_RANGE;
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class).until(() -> {
                        browser.go(page);
                        return !browser.all("[data-testid=sentiment-chart][data-colors]").isEmpty();
                    });
            String[] colours = browser.find("[data-testid=sentiment-chart]").getAttribute("data-colors").split(" ");
            assertThat(colours).hasSize(2);
            assertThat(Arrays.stream(colours).distinct()).hasSize(2);
            browser.screenshot("feedback-sentiment-colours");
        }
    }
}
