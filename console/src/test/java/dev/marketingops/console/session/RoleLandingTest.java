package dev.marketingops.console.session;

import static dev.marketingops.console.support.Plan.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.Plan;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Sign-in lands each role on a page it can read, a forged token is refused, and a refused section says so. */
@QuarkusTest
class RoleLandingTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void aPrivacyOfficerLandsOnAPageItCanReadWithoutAnAlert() {
        try (Browser browser = Browser.open(console.toString()).signInAs("privacy-officer")) {
            assertThat(browser.driver().getCurrentUrl()).endsWith("/start");
            assertThat(browser.find("[data-testid=no-pages]").getText()).contains("privacy-officer");
            assertThat(browser.all("[data-testid=problem]")).isEmpty();
            browser.screenshot("landing-privacy-officer");
        }
    }

    @Test
    void aFeedbackManagerSeesKpisUnavailableOnALaunchRatherThanNone() {
        Plan plan = Plan.create("Roles " + UUID.randomUUID().toString().substring(0, 6));
        String item = plan.item("LAUNCH", "Roles item", YEAR + "-03-01", YEAR + "-08-31", List.of("EMAIL"), List.of());
        String launch = plan.launch(item, "Roles launch", YEAR + "-03-20");
        try (Browser browser = Browser.open(console.toString()).signInAs("feedback-manager")) {
            browser.go("/launches/" + launch);
            assertThat(browser.find("[data-testid=kpis-unavailable]").getText()).contains("not available to your role");
            assertThat(browser.find("main").getText()).doesNotContain("No KPI targets registered");
            assertThat(browser.all("[data-testid=problem]")).isEmpty();
            browser.screenshot("launch-feedback-manager");
        }
    }

    @Test
    void aTokenTheServicesRefuseStaysOnSignInSayingItIsNotValid() {
        try (Browser browser = Browser.open(console.toString())) {
            browser.go("/sign-in");
            browser.find("#token").sendKeys("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc");
            browser.find("form[action='/sign-in'] button[type=submit]").click();
            assertThat(browser.await("[data-testid=signin-error]").getText()).contains("not valid");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/sign-in");
            assertThat(browser.driver().findElements(By.cssSelector("form.signout"))).isEmpty();
            browser.go("/roadmap");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/sign-in");
            browser.screenshot("sign-in-forged-token");
        }
    }
}
