package dev.marketingops.plumbing.tracing;

import static dev.marketingops.plumbing.support.TrialApi.editorToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.infra.JwtTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** A read without a trace is not recorded but still has a traceId for its logs; writes and continued traces are. */
@QuarkusTest
class ReadSpanSamplerTest {

    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void untracedReadIsNotRecordedButHasATraceIdForItsLogs() {
        JsonPath span = given().auth().oauth2(JwtTestResource.token("team-a", "viewer"))
                .get("/api/v1/trace-probe").then().statusCode(200).extract().jsonPath();

        assertThat(span.getBoolean("recording")).as("span recorded").isFalse();
        assertThat(span.getBoolean("sampled")).isFalse();
        assertThat(span.getBoolean("valid")).as("span context exists").isTrue();
        assertThat(span.getString("traceId")).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(span.getString("loggedTraceId")).as("traceId in the log MDC").isEqualTo(span.getString("traceId"));
    }

    @Test
    void readThatContinuesASampledTraceIsRecordedInThatTrace() {
        JsonPath span = given().auth().oauth2(JwtTestResource.token("team-a", "viewer"))
                .header("traceparent", "00-" + CALLER_TRACE + "-00f067aa0ba902b7-01")
                .get("/api/v1/trace-probe").then().statusCode(200).extract().jsonPath();

        assertThat(span.getBoolean("recording")).isTrue();
        assertThat(span.getBoolean("sampled")).isTrue();
        assertThat(span.getString("traceId")).isEqualTo(CALLER_TRACE);
    }

    @Test
    void writeWithoutATraceIsRecorded() {
        JsonPath span = given().auth().oauth2(editorToken())
                .post("/api/v1/trace-probe").then().statusCode(200).extract().jsonPath();

        assertThat(span.getBoolean("recording")).isTrue();
        assertThat(span.getBoolean("sampled")).isTrue();
    }
}
