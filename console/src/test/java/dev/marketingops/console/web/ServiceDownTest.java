package dev.marketingops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.console.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With campaign-service down, its pages say so in the console's own frame, and the other pages work as before. */
@QuarkusTest
@TestProfile(ServiceDownTest.CampaignServiceDown.class)
class ServiceDownTest {

    /** campaign-service's address points where nothing listens (port 9, discard); the other services are real. */
    public static class CampaignServiceDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.campaign.url", "http://127.0.0.1:9");
        }
    }

    @TestHTTPResource("/")
    URL console;

    @Test
    void theCampaignPagesSayTheServiceCouldNotBeReachedAndTheRoadmapStillShows() {
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.go("/campaigns");
            assertThat(browser.find("[data-testid=problem]").getText())
                    .contains("No answer from the service.").contains("campaign-service could not be reached");
            assertThat(browser.all("header.top nav a")).isNotEmpty();
            assertThat(browser.all("[data-testid=empty]")).as("no 'no campaigns' claim while unknown").isEmpty();
            assertThat(browser.all("[data-testid=unavailable]")).hasSize(2);
            browser.screenshot("campaigns-service-down");

            browser.go("/campaigns/00000000-0000-0000-0000-000000000001");
            assertThat(browser.find("[data-testid=problem]").getText()).contains("campaign-service could not be reached");

            browser.go("/roadmap");
            assertThat(browser.all("[data-testid=problem]")).isEmpty();
            assertThat(browser.find("h1").getText()).isNotBlank();
        }
    }
}
