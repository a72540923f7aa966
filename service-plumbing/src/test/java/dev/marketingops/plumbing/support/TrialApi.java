package dev.marketingops.plumbing.support;

import static io.restassured.RestAssured.given;

import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import io.restassured.http.ContentType;
import java.util.UUID;

/** Drives the test app's REST API the way a client would, with a real token. */
public final class TrialApi {

    public static final String TEAM = "team-a";

    private TrialApi() {
    }

    public static String editorToken() {
        return JwtTestResource.token(TEAM, "roadmap-editor");
    }

    public static UUID createLaunch() {
        String id = given().auth().oauth2(editorToken()).contentType(ContentType.JSON)
                .body("{\"name\":\"Spring launch\",\"ownerTeam\":\"" + TEAM + "\"}")
                .post("/api/v1/trial-launches")
                .then().statusCode(200).extract().path("id");
        return UUID.fromString(id);
    }

    /** Completes the launch (emitting LaunchCompleted) and answers the event id. */
    public static String complete(UUID id) {
        return given().auth().oauth2(editorToken()).post("/api/v1/trial-launches/" + id + "/complete")
                .then().statusCode(200).extract().path("eventId");
    }

    public static void reopen(UUID id) {
        given().auth().oauth2(editorToken()).post("/api/v1/trial-launches/" + id + "/reopen").then().statusCode(200);
    }

    public static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
    }
}
