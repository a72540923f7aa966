package dev.marketingops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.ConsoleStack;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With roadmap-service down, pages say so instead of "no product yet", and a pasted token is not let in unchecked. */
@QuarkusTest
@TestProfile(RoadmapServiceDownTest.RoadmapDown.class)
class RoadmapServiceDownTest {

    /** roadmap-service's address points where nothing listens (port 9, discard); the other services are real. */
    public static class RoadmapDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.roadmap.url", "http://127.0.0.1:9");
        }
    }

    @TestHTTPResource("/")
    URL console;

    @Test
    void theRoadmapAndFeedbackPagesSayRoadmapServiceCouldNotBeReached() {
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            for (String page : new String[] {"/roadmap", "/feedback"}) {
                browser.go(page);
                assertThat(browser.find("[data-testid=problem]").getText()).as(page)
                        .contains("roadmap-service could not be reached");
                assertThat(browser.all("[data-testid=empty]")).as(page + ": no 'no product yet' while unknown").isEmpty();
            }
            browser.screenshot("feedback-roadmap-down");
        }
    }

    @Test
    void aPastedTokenIsNotKeptWhileItCannotBeChecked() {
        try (Browser browser = Browser.open(console.toString())) {
            browser.go("/sign-in");
            browser.find("#token").sendKeys(ConsoleStack.token("viewer"));
            browser.find("form[action='/sign-in'] button[type=submit]").click();
            assertThat(browser.await("[data-testid=signin-error]").getText()).contains("could not be reached");
            browser.go("/campaigns");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/sign-in");
            browser.screenshot("sign-in-roadmap-down");
        }
    }
}
