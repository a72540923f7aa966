package dev.marketingops.console.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.marketingops.console.support.ConsoleStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The session cookie, the CSRF token, the Content-Security-Policy and caching, as a browser receives them. */
@QuarkusTest
class SessionSecurityTest {

    @Test
    void pagesNeedASignIn() {
        given().redirects().follow(false).get("/roadmap").then().statusCode(303)
                .header("Location", containsString("/sign-in"));
    }

    @Test
    void theTokenIsKeptInAnHttpOnlyStrictCookieAndNeverInThePage() {
        Response form = given().get("/sign-in");
        String csrf = form.getCookie(CsrfToken.COOKIE);
        String field = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        Response signedIn = given().redirects().follow(false).cookie(CsrfToken.COOKIE, csrf).formParam("csrf-token", field)
                .formParam("token", ConsoleStack.token("viewer")).post("/sign-in");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String setCookie = signedIn.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("mo_session=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        given().cookie("mo_session", signedIn.getCookie("mo_session")).get("/roadmap").then().statusCode(200)
                .body(not(containsString(ConsoleStack.token("viewer"))));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false).formParam("token", ConsoleStack.token("viewer")).post("/sign-in")
                .then().statusCode(403);
    }

    @Test
    void pagesAreNeverStoredByTheBrowserButTheStylesheetMayBe() {
        given().get("/sign-in").then().statusCode(200).header("Cache-Control", "no-store");
        Response form = given().get("/sign-in");
        String field = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        Response signedIn = given().redirects().follow(false).cookie(CsrfToken.COOKIE, form.getCookie(CsrfToken.COOKIE))
                .formParam("csrf-token", field).formParam("token", ConsoleStack.token("viewer")).post("/sign-in");
        given().cookie("mo_session", signedIn.getCookie("mo_session")).get("/roadmap").then().statusCode(200)
                .header("Cache-Control", "no-store");
        given().redirects().follow(false).get("/no-such-page").then().header("Cache-Control", "no-store");
        given().get("/console.css").then().statusCode(200).header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void pagesAllowNoInlineScript() {
        String policy = given().get("/sign-in").header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(given().get("/sign-in").asString()).doesNotContainPattern("<script(?![^>]*src=)");
    }
}
