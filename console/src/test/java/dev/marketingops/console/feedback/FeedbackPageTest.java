package dev.marketingops.console.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.Plan;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
}
