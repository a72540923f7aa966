package dev.marketingops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.console.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** An address the console cannot show is answered by a console page (navigation, a way back) saying what was wrong. */
@QuarkusTest
class AddressProblemsTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void aBadIdOrNumberInTheAddressShowsAConsolePageNamingTheValue() {
        // 1-2-3-4-5 is not an id either: UUID.fromString would read it as 00000001-0002-0003-0004-000000000005.
        Map<String, String> addresses = Map.of("/campaigns/not-a-uuid", "‘not-a-uuid’", "/launches/abc", "‘abc’",
                "/roadmap?productId=xyz", "‘xyz’", "/campaigns?page=abc", "‘abc’ in the address is not a number",
                "/campaigns/1-2-3-4-5", "‘1-2-3-4-5’", "/roadmap?productId=1-2-3-4-5", "‘1-2-3-4-5’");
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            addresses.forEach((address, said) -> {
                browser.go(address);
                assertThat(browser.find("h1").getText()).as(address).isEqualTo("Not found");
                assertThat(browser.find("[data-testid=reason]").getText()).as(address).contains(said);
                assertThat(browser.all("header.top nav a[href='/roadmap']")).as(address).hasSize(1);
                assertThat(browser.find("[data-testid=back]").getAttribute("href")).as(address).endsWith("/");
            });
            browser.go("/launches/abc");
            browser.screenshot("address-bad-id");
        }
    }

    @Test
    void anUnknownPageShowsAConsolePage() {
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.go("/nope");
            assertThat(browser.find("h1").getText()).isEqualTo("Not found");
            assertThat(browser.find("[data-testid=reason]").getText()).isEqualTo("There is no page at /nope.");
            assertThat(browser.all("header.top nav a")).isNotEmpty();
            browser.screenshot("address-unknown-page");
        }
    }

    @Test
    void aKpiIdOrScopeThatIsNotOneIsSaidOnTheForm() {
        try (Browser browser = Browser.open(console.toString()).signInAs("analyst")) {
            browser.go("/kpis");
            new Select(browser.find("#scope")).selectByValue("product");
            browser.find("#id").clear();
            browser.find("#id").sendKeys("Acme Analytics");
            browser.find("[data-testid=kpi-form] button[type=submit]").click();
            assertThat(browser.await("[data-testid=form-error]").getAttribute("data-field")).isEqualTo("id");
            assertThat(browser.find("[data-testid=form-error]").getText()).contains("‘Acme Analytics’ is not an id");
            assertThat(browser.find("#id").getAttribute("value")).isEqualTo("Acme Analytics");
            assertThat(browser.find("#id").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.all("[data-testid=problem]")).isEmpty();
            browser.screenshot("kpis-bad-id");

            browser.go("/kpis?scope=planet");
            assertThat(browser.find("[data-testid=form-error]").getAttribute("data-field")).isEqualTo("scope");
            assertThat(browser.find("[data-testid=form-error]").getText()).contains("‘planet’");
        }
    }
}
