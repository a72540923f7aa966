package dev.marketingops.console.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.ConsoleStack;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** A token the services refuse ends the session: cookie cleared, sign-in with a reason; the cookie never outlives its token. */
@QuarkusTest
class SessionEndTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void aPersonWhoseTokenExpiredSeesSignInWithTheReason() {
        try (Browser browser = Browser.open(console.toString()).signInAs("viewer")) {
            browser.driver().manage().deleteCookieNamed("mo_session");
            browser.driver().manage().addCookie(new Cookie.Builder("mo_session",
                    ConsoleStack.token("viewer", Duration.ofMinutes(-5))).path("/").isHttpOnly(true).build());
            browser.go("/roadmap");
            assertThat(browser.await("[data-testid=signin-error]").getText()).contains("Your session has ended");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/sign-in?ended=1");
            assertThat(browser.driver().manage().getCookieNamed("mo_session")).isNull();
            browser.screenshot("session-ended");
        }
    }

    @Test
    void theCookieLastsNoLongerThanItsToken() {
        Response form = given().get("/sign-in");
        String field = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        Response signedIn = given().redirects().follow(false).cookie(CsrfToken.COOKIE, form.getCookie(CsrfToken.COOKIE))
                .formParam("csrf-token", field).formParam("token", ConsoleStack.token("viewer", Duration.ofMinutes(10)))
                .post("/sign-in");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.getDetailedCookie("mo_session").getMaxAge()).isBetween(500L, 600L);
    }

    @Test
    void aPageWithAnExpiredTokenGoesToSignInAndClearsTheCookie() {
        Response page = given().redirects().follow(false)
                .cookie("mo_session", ConsoleStack.token("viewer", Duration.ofMinutes(-5))).get("/roadmap");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.header("Location")).endsWith("/sign-in?ended=1");
        assertThat(page.getDetailedCookie("mo_session").getMaxAge()).isZero();
        given().get("/sign-in?ended=1").then().statusCode(200)
                .body(containsString("Your session has ended"));
    }

    @Test
    void aTokenFromTheSignInProxyThatIsRefusedGoesToTheProxysSignInAgain() {
        given().redirects().follow(false)
                .header("Authorization", "Bearer " + ConsoleStack.token("viewer", Duration.ofMinutes(-5))).get("/roadmap")
                .then().statusCode(303).header("Location", endsWith("/test-proxy/sign-in-again"));
    }

    @Test
    void aLiveSectionWithAnExpiredTokenSendsTheWholePageToSignIn() {
        given().redirects().follow(false).header("HX-Request", "true")
                .cookie("mo_session", ConsoleStack.token("viewer", Duration.ofMinutes(-5)))
                .get("/campaigns/" + UUID.randomUUID() + "/live")
                .then().statusCode(401).header("HX-Redirect", "/sign-in?ended=1");
    }

    @Test
    void theLiveStreamOpensOnlyForATokenAServiceAccepts() {
        given().redirects().follow(false).cookie("mo_session", "forged").get("/live").then().statusCode(401);
        given().redirects().follow(false).cookie("mo_session", ConsoleStack.token("viewer", Duration.ofMinutes(-5)))
                .get("/live").then().statusCode(401);
    }
}
