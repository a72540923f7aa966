package dev.marketingops.plumbing.problem;

import static dev.marketingops.plumbing.support.TrialApi.complete;
import static dev.marketingops.plumbing.support.TrialApi.createLaunch;
import static dev.marketingops.plumbing.support.TrialApi.editorToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Client mistakes get a 4xx problem+json that names the field; never a 500. */
@QuarkusTest
class ProblemJsonTest {

    @Test
    void validationErrorsNameEachBadFieldIncludingNestedOnes() {
        given().auth().oauth2(editorToken()).contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"ownerTeam\":\"team-a\",\"markets\":[{\"country\":\"DE\"},{\"country\":\"Germany\"}]}")
                .post("/api/v1/trial-launches")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", org.hamcrest.Matchers.is(400))
                .body("errors.field", hasItems("name", "markets[1].country"));
    }

    @Test
    void unknownPropertiesAreRejectedByName() {
        given().auth().oauth2(editorToken()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"ownerTeam\":\"team-a\",\"colour\":\"red\"}")
                .post("/api/v1/trial-launches")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("colour"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth().oauth2(editorToken()).contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/api/v1/trial-launches")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aWrongTypeNamesTheField() {
        given().auth().oauth2(editorToken()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"ownerTeam\":\"team-a\",\"markets\":\"DE\"}")
                .post("/api/v1/trial-launches")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("markets"));
    }

    @Test
    void anInvalidQueryParameterIsNamed() {
        given().header("Authorization", "Bearer " + viewer())
                .get("/api/v1/trial-launches?limit=1000")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void unknownResourceIs404AndABadPathParameterIs400NamingIt() {
        given().header("Authorization", "Bearer " + viewer())
                .get("/api/v1/trial-launches/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("does not exist"));
        given().header("Authorization", "Bearer " + viewer())
                .get("/api/v1/trial-launches/not-a-uuid")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("id"));
        given().header("Authorization", "Bearer " + viewer())
                .get("/api/v1/trial-launches/1-2-3-4-5")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("id"))
                .body("detail", containsString("'1-2-3-4-5' is not a UUID"));
        given().header("Authorization", "Bearer " + viewer())
                .get("/api/v1/trial-launches/nowhere/at/all")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aQueryParameterThatIsNotItsTypeIsA400NamingIt() {
        // JAX-RS would answer 404 (the spec's rule for query and path parameters): a client deserves to hear which one.
        given().header("Authorization", "Bearer " + viewer())
                .get("/api/v1/trial-launches?limit=lots")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("limit"))
                .body("detail", containsString("limit"));
    }

    @Test
    void aGetIgnoresTheContentTypeItCarries() {
        // The resource consumes JSON only; a read has no body, so whatever Content-Type came with it does not matter.
        given().header("Authorization", "Bearer " + viewer()).header("Content-Type", "text/html")
                .get("/api/v1/trial-launches")
                .then().statusCode(200);
    }

    @Test
    void anIllegalTransitionIs409AndListsWhatIsAllowed() {
        UUID launch = createLaunch();
        complete(launch);
        given().auth().oauth2(editorToken()).post("/api/v1/trial-launches/" + launch + "/complete")
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("cannot go from COMPLETED to COMPLETED"));
    }

    @Test
    void anOversizedBodyIsRefusedWithAProblem() throws Exception {
        // A raw request that announces a too-large body: the answer must come before any of it is sent.
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/v1/trial-launches HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + editorToken() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (50L * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[1024];
            // Read until the problem body has arrived; the server keeps the connection open for the unsent body.
            while (!answer.toString().endsWith("}")) {
                int read = socket.getInputStream().read(buffer);
                if (read < 0) {
                    break;
                }
                answer.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.UTF_8));
            }
            org.assertj.core.api.Assertions.assertThat(answer.toString()).startsWith("HTTP/1.1 413")
                    .contains("application/problem+json").contains("\"status\":413");
        }
    }

    private static String viewer() {
        return dev.marketingops.infra.JwtTestResource.token("team-b", "viewer");
    }
}
