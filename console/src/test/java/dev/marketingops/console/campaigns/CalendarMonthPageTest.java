package dev.marketingops.console.campaigns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.console.session.CsrfToken;
import dev.marketingops.console.support.ConsoleStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The campaigns page answers an extreme or unreadable month in its address with the current month's calendar. */
@QuarkusTest
class CalendarMonthPageTest {

    @Test
    void anExtremeMonthInTheAddressShowsTheCurrentMonthInsteadOfAServerError() {
        String session = signedInAs("viewer");
        String current = calendarTitle(given().cookie("mo_session", session).get("/campaigns"));
        for (String month : new String[] {"+999999999-12", "-999999999-01", "9999-12", "2026-13"}) {
            Response page = given().cookie("mo_session", session).queryParam("month", month)
                    .get("/campaigns");
            assertThat(page.statusCode()).as(month).isEqualTo(200);
            assertThat(calendarTitle(page)).as(month).isEqualTo(current);
        }
    }

    private static String calendarTitle(Response page) {
        return page.htmlPath().getString("**.find { it.@id == 'cal-title' }");
    }

    /** The session cookie of a person signed in through the form, as a browser would be. */
    private static String signedInAs(String role) {
        Response form = given().get("/sign-in");
        String field = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        Response signedIn = given().redirects().follow(false).cookie(CsrfToken.COOKIE, form.getCookie(CsrfToken.COOKIE))
                .formParam("csrf-token", field).formParam("token", ConsoleStack.token(role)).post("/sign-in");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return signedIn.getCookie("mo_session");
    }
}
