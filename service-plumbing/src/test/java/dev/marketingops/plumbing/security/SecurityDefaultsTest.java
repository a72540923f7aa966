package dev.marketingops.plumbing.security;

import static dev.marketingops.plumbing.support.TrialApi.createLaunch;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.infra.JwtTestResource;
import io.quarkus.arc.ClientProxy;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every endpoint needs a token with the right role; health, metrics and OpenAPI stay public. */
@QuarkusTest
class SecurityDefaultsTest {

    @Inject
    JWTParser parser;

    @Test
    void noTokenIs401Problem() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"ownerTeam\":\"team-a\"}")
                .post("/api/v1/trial-launches")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aForgedTokenIs401() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/api/v1/trial-launches")
                .then().statusCode(401);
    }

    @Test
    void aTokenSentAgainIsStillAcceptedWhileTheSameTokenWithAnAlteredSignatureIs401() {
        String token = JwtTestResource.token("team-a", "viewer");
        for (int request = 0; request < 3; request++) {
            given().auth().oauth2(token).get("/api/v1/trial-launches").then().statusCode(200);
        }
        String altered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().auth().oauth2(altered).get("/api/v1/trial-launches").then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/trial-launches").then().statusCode(200);
        assertThat(ClientProxy.unwrap(parser)).as("the validator verifies through VerifiedTokens")
                .isInstanceOfSatisfying(VerifiedTokens.class, tokens -> assertThat(tokens.size()).isPositive());
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = JwtTestResource.tokens().mint(JwtTestResource.TEST_UPN, "team-a", Duration.ofMinutes(-10),
                List.of("viewer"));
        for (int request = 0; request < 2; request++) {
            given().auth().oauth2(expired).get("/api/v1/trial-launches").then().statusCode(401);
        }
    }

    @Test
    void aTokenTheSameIssuerMintedForAnotherSystemIs401() {
        String foreign = JwtTestResource.tokens().mintFor("crm-system", JwtTestResource.TEST_UPN, "team-a",
                Duration.ofMinutes(10), List.of("admin"));
        for (int request = 0; request < 2; request++) {
            given().auth().oauth2(foreign).get("/api/v1/trial-launches")
                    .then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .contentType(startsWith("application/problem+json"));
        }
    }

    @Test
    void aTokenWithoutAudienceIs401() {
        String unaddressed = JwtTestResource.tokens().mintFor(null, JwtTestResource.TEST_UPN, "team-a",
                Duration.ofMinutes(10), List.of("admin"));
        given().auth().oauth2(unaddressed).get("/api/v1/trial-launches")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theWrongRoleIs403Problem() {
        given().auth().oauth2(JwtTestResource.token("team-a", "viewer")).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"ownerTeam\":\"team-a\"}")
                .post("/api/v1/trial-launches")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void anotherTeamsEditorIs403() {
        UUID launch = createLaunch();
        given().auth().oauth2(JwtTestResource.token("team-b", "roadmap-editor"))
                .post("/api/v1/trial-launches/" + launch + "/complete")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("team-a"));
    }

    @Test
    void anAdminMayWriteForAnyTeam() {
        UUID launch = createLaunch();
        given().auth().oauth2(JwtTestResource.token("platform", "admin"))
                .post("/api/v1/trial-launches/" + launch + "/complete")
                .then().statusCode(200);
    }

    @Test
    void anUnannotatedEndpointIsDeniedEvenWithAToken() {
        given().auth().oauth2(JwtTestResource.token("team-a", "admin"))
                .get("/api/v1/trial-launches/unguarded")
                .then().statusCode(403);
    }

    @Test
    void healthMetricsAndOpenApiArePublic() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("marketingops_outbox"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/trial-launches"));
    }
}
