package dev.marketingops.plumbing.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.infra.JwtTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A single-valued query parameter given twice is a 400 naming it; lists, and parameters nobody declared, take repeats. */
@QuarkusTest
class RepeatedParametersTest {

    private static final String A = UUID.randomUUID().toString();
    private static final String B = UUID.randomUUID().toString();

    @Test
    void aRepeatedSingleValuedParameterIs400NamingItInsteadOfTheFirstValue() {
        given().auth().oauth2(viewer())
                .get("/api/v1/trial-queries?campaignId=" + A + "&campaignId=" + B)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", contains("campaignId"))
                .body("detail", containsString("campaignId: is given 2 times"));
    }

    @Test
    void aRepeatedParameterOfABeanParamAndOneSpelledWithAnEscapeAreNamedToo() {
        given().auth().oauth2(viewer())
                .get("/api/v1/trial-queries?page=0&size=5&page=1")
                .then().statusCode(400)
                .body("errors.field", contains("page"));
        given().auth().oauth2(viewer()).urlEncodingEnabled(false)
                .get("/api/v1/trial-queries?campaignId=" + A + "&campaign%49d=" + B)
                .then().statusCode(400)
                .body("errors.field", contains("campaignId"));
        given().auth().oauth2(viewer())
                .get("/api/v1/trial-launches?limit=5&limit=5")
                .then().statusCode(400)
                .body("errors.field", contains("limit"));
    }

    @Test
    void aListTakesEveryValueAndAnUndeclaredParameterIsLeftAlone() {
        given().auth().oauth2(viewer())
                .get("/api/v1/trial-queries?tag=a&campaignId=" + A + "&tag=b&utm=x&utm=y&page=1")
                .then().statusCode(200)
                .body("campaignId", equalTo(A))
                .body("tags", contains("a", "b"))
                .body("page", equalTo(1));
    }

    @Test
    void theCheapCheckFindsRepeatedNamesOnly() {
        assertThat(RepeatedParameters.repeatsAName(null)).isFalse();
        assertThat(RepeatedParameters.repeatsAName("campaignId=a")).isFalse();
        assertThat(RepeatedParameters.repeatsAName("a=1&b=2&&c&ab=3&")).isFalse();
        assertThat(RepeatedParameters.repeatsAName("a=1&b=2&a=3")).isTrue();
        assertThat(RepeatedParameters.repeatsAName("flag&flag")).isTrue();
        assertThat(RepeatedParameters.repeatsAName("l%69mit=1&limit=2")).isTrue();
        assertThat(RepeatedParameters.repeatsAName("bad%zz=1&bad%zz=2")).isTrue();
    }

    private static String viewer() {
        return JwtTestResource.token("team-a", "viewer");
    }
}
