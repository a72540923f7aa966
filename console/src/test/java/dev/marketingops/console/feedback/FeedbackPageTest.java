package dev.marketingops.console.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.Plan;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The feedback inbox lists a product's responses and narrows them by sentiment. */
@QuarkusTest
class FeedbackPageTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void theInboxFiltersBySentiment() {
        Plan plan = Plan.create("Inbox " + UUID.randomUUID().toString().substring(0, 6));
        plan.review("I love the new dashboards, great and fast");
        plan.review("The export is terrible and broken, I hate it");
        plan.review("Awful support, the sync keeps failing");
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.go("/feedback?productId=" + plan.productId());
            assertThat(browser.all("[data-testid=response]")).hasSize(3);
            new Select(browser.find("#f-sentiment")).selectByValue("NEGATIVE");
            browser.find("[data-testid=inbox-filter]").click();
            // The filtered list replaces the old one when the service answers: wait for it, then look.
            await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .untilAsserted(() -> assertThat(browser.all("[data-testid=response]")).hasSize(2)
                            .allSatisfy(r -> assertThat(r.getAttribute("data-sentiment")).isEqualTo("NEGATIVE")));
            assertThat(browser.all("[data-testid=response]")).extracting(WebElement::getText)
                    .noneMatch(text -> text.contains("love"));
            browser.screenshot("feedback-inbox-negative");
        }
    }

    @Test
    void semanticThemesShowWhatCustomersSaidInTheirWords() {
        Plan plan = Plan.create("Themes " + UUID.randomUUID().toString().substring(0, 6));
        plan.review("The app crashes every time I upload a photo");
        plan.review("Uploading a picture makes the app crash");
        plan.review("The app crashed again when I uploaded an image");
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            // The themes load in a request of their own after the page shows; texts join themes as they are scored.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptionsInstanceOf(StaleElementReferenceException.class).untilAsserted(() -> {
                        // Plan's reviews are dated in its feedback year, so the page asks for that range.
                        browser.go("/feedback?productId=" + plan.productId() + Plan.FEEDBACK_RANGE);
                        await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                                .until(() -> !browser.all("[data-testid=semantic-themes]").isEmpty());
                        assertThat(browser.all("[data-testid=semantic-theme]")).isNotEmpty();
                    });
            List<WebElement> themes = browser.all("[data-testid=semantic-theme]");
            assertThat(themes.get(0).getText()).containsIgnoringCase("crash");
            assertThat(themes.get(0).findElements(By.cssSelector("[data-testid=quote]"))).isNotEmpty()
                    .extracting(WebElement::getText).anyMatch(quote -> quote.toLowerCase(java.util.Locale.ROOT).contains("crash"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.find("#semantic-themes"));
            browser.screenshot("feedback-semantic-themes");
        }
    }
}
