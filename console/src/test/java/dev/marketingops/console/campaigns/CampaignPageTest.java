package dev.marketingops.console.campaigns;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

/** A campaign page offers only what the role may do, and shows the service's own refusal when forced. */
@QuarkusTest
class CampaignPageTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void aCampaignManagerPausesACampaign() {
        Plan plan = Plan.create("Pause " + UUID.randomUUID().toString().substring(0, 6));
        String campaign = plan.activeCampaign("Spring search", "PAID_SEARCH");
        try (Browser browser = Browser.open(console.toString()).signInAs("campaign-manager")) {
            browser.go("/campaigns/" + campaign);
            assertThat(browser.find("[data-testid=campaign-status]").getText()).isEqualTo("ACTIVE");
            browser.find("button[data-action=pause]").click();
            await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> browser.find("[data-testid=campaign-status]").getText(), "PAUSED"::equals);
            // Now the campaign offers resume instead, and its history records the pause.
            await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> browser.all("button[data-action=resume]").size() == 1
                            && browser.all("button[data-action=pause]").isEmpty()
                            && browser.find("#campaign-state table").getText().contains("PAUSE"));
            browser.screenshot("campaign-paused-by-manager");
        }
    }

    @Test
    void aViewerIsNotOfferedThePauseButton() {
        Plan plan = Plan.create("Viewer " + UUID.randomUUID().toString().substring(0, 6));
        String campaign = plan.activeCampaign("Summer social", "SOCIAL");
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.go("/campaigns/" + campaign);
            assertThat(browser.find("[data-testid=campaign-status]").getText()).isEqualTo("ACTIVE");
            assertThat(browser.all("button[data-action]")).isEmpty();
            assertThat(browser.find("[data-testid=spent]").getText()).isEqualTo("€0.00");
            browser.screenshot("campaign-viewer");
        }
    }

    @Test
    void aForcedForbiddenWriteShowsTheServicesMessage() {
        Plan plan = Plan.create("Forced " + UUID.randomUUID().toString().substring(0, 6));
        String campaign = plan.activeCampaign("Autumn display", "DISPLAY");
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.go("/campaigns/" + campaign);
            // What a curious viewer could do by hand: post the pause form the page does not offer them.
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    const f = document.createElement('form'); f.method = 'post'; f.action = '/campaigns/' + arguments[0] + '/pause';
                    const t = document.createElement('input'); t.type = 'hidden'; t.name = 'csrf-token';
                    t.value = document.querySelector('form.signout input[name=csrf-token]').value; f.appendChild(t);
                    document.body.appendChild(f); f.submit();""", campaign);
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.all("[data-testid=problem]").isEmpty());
            assertThat(browser.find("[data-testid=problem]").getText())
                    .contains("403").contains("Your token does not carry a role that may do this");
            assertThat(browser.find("[data-testid=campaign-status]").getText()).isEqualTo("ACTIVE");
            browser.screenshot("campaign-forbidden-write");
        }
    }
}
