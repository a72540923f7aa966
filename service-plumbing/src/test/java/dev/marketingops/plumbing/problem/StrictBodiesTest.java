package dev.marketingops.plumbing.problem;

import static dev.marketingops.plumbing.support.TrialApi.editorToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** A body is read as JSON of the documented shape only: no epoch numbers for times, no "" for flags, no untyped body. */
@QuarkusTest
class StrictBodiesTest {

    @Test
    void aWellFormedScheduleIsReadAsSent() {
        post("{\"startsAt\":\"2026-03-01T10:00:00Z\",\"dueOn\":\"2026-04-01\",\"guarded\":false,\"budget\":{\"amount\":12.5}}")
                .statusCode(200)
                .body("startsAt", equalTo("2026-03-01T10:00:00Z")).body("dueOn", equalTo("2026-04-01"))
                .body("guarded", is(false));
    }

    @Test
    void timesGivenAsNumbersArraysOrBlankTextAreRefusedNamingTheField() {
        // 1e400 used to read as 1970-01-01 and -1 as 1969-12-31; [] as no date at all.
        for (String startsAt : new String[] {"1e400", "0", "-1", "1772359200", "[]", "\"\"", "\"  \"", "{}"}) {
            refused("{\"startsAt\":" + startsAt + "}", "startsAt").body("errors[0].message", startsWith("must be ISO-8601 text"));
        }
        for (String dueOn : new String[] {"-1", "20000", "[]", "[2026,1,15]", "\"\""}) {
            refused("{\"dueOn\":" + dueOn + "}", "dueOn").body("errors[0].message", startsWith("must be ISO-8601 text"));
        }
    }

    @Test
    void anUnparseableDateOrTimeIsDescribedInJsonsWordsNotJavas() {
        refused("{\"dueOn\":\"2026-13-01\"}", "dueOn").body("errors[0].message", containsString("must be an ISO-8601 date"))
                .body("errors[0].message", not(containsString("LocalDate")));
        refused("{\"startsAt\":\"soon\"}", "startsAt").body("errors[0].message", containsString("must be an ISO-8601 time"))
                .body("errors[0].message", not(containsString("Instant")));
    }

    @Test
    void anInstantOutsideTheYears1To9999InUtcOrPastTheLastMicrosecondIsRefused() {
        // In the years 1 to 9999 as written, but not in UTC, or rounded into 10000 by PostgreSQL's microseconds.
        for (String startsAt : new String[] {"9999-12-31T23:59:59-18:00", "9999-12-31T23:59:59.9999999Z", "0001-01-01T00:30:00+01:00"}) {
            refused("{\"startsAt\":\"" + startsAt + "\"}", "startsAt").body("errors[0].message", startsWith("must lie in the years 1 to 9999"));
        }
    }

    @Test
    void anEmptyOrBlankStringIsNotAFlag() {
        // Read as null, "" took the field's default: a campaign's budget guard came out on.
        for (String guarded : new String[] {"\"\"", "\"   \""}) {
            refused("{\"guarded\":" + guarded + "}", "guarded");
        }
        refused("{\"budget\":\"\"}", "budget");
    }

    @Test
    void aParseErrorInsideANestedObjectNamesTheLeaf() {
        refused("{\"budget\":{\"amount\":NaN}}", "budget.amount");
    }

    @Test
    void aMistakeAboutTheWholeBodyIsNamedBodyAndNamesNoClass() {
        for (String body : new String[] {"[]", "\"text\"", "42", "{\"guarded\":\"yes\"}"}) {
            given().auth().oauth2(editorToken()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/trial-schedules")
                    .then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", not(containsString("dev.marketingops"))).body("detail", not(containsString("java.lang")))
                    .body("detail", not(containsString("CoercionConfig")));
        }
        refused("[]", "body").body("errors[0].message", equalTo("must be a JSON object"));
        refused("{\"guarded\":\"yes\"}", "guarded").body("errors[0].message", equalTo("must be true or false"));
        refused("{\"budget\":{\"amount\":\"ten\"}}", "budget.amount")
                .body("errors[0].message", equalTo("'ten' must be a number"));
    }

    @Test
    void aBodyWithoutAContentTypeIs415NamingTheHeader() throws Exception {
        // java.net.http sends no Content-Type unless told to (RestAssured would add text/plain).
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/trial-schedules"))
                .header("Authorization", "Bearer " + editorToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"guarded\":true}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"field\":\"Content-Type\"");
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(editorToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/trial-schedules").then();
    }

    private static ValidatableResponse refused(String body, String field) {
        return post(body).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains(field));
    }
}
