package dev.marketingops.console.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A pasted token no Authorization header could carry is refused on the sign-in page: never a 500, never sent on. */
@QuarkusTest
class TokenShapeTest {

    @Test
    void aLineBreakASpaceOrANonAsciiCharacterInsideIsNotABearerToken() {
        for (String token : new String[] {"eyJhbGciOiJSUzI1NiJ9.eyJzdWIi\nOiJ4In0.abc",
                "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.abcä", "eyJhbGciOiJSUzI1NiJ9 .eyJzdWIiOiJ4In0.abc",
                "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0", "a.b.c.d"}) {
            signIn(token).then().statusCode(400).body(containsString("That is not a bearer token"));
        }
    }

    private static Response signIn(String token) {
        Response form = given().get("/sign-in");
        String field = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return given().redirects().follow(false).cookie(CsrfToken.COOKIE, form.getCookie(CsrfToken.COOKIE))
                .formParam("csrf-token", field).formParam("token", token).post("/sign-in");
    }
}
