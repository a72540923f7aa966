package dev.marketingops.campaign.support;

import static io.restassured.RestAssured.given;

import dev.marketingops.contracts.Roles;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.infra.JwtTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drives the campaign API the way a planner's client would, with real tokens. */
public final class CampaignApi {

    public static final String TEAM = "team-growth";
    public static final String OTHER_TEAM = "team-brand";
    public static final String BASE = "/api/v1/campaigns";

    private CampaignApi() {
    }

    public static String manager() {
        return JwtTestResource.token(TEAM, Roles.CAMPAIGN_MANAGER);
    }

    public static String managerOf(String team) {
        return JwtTestResource.token(team, Roles.CAMPAIGN_MANAGER);
    }

    public static String viewer() {
        return JwtTestResource.token(TEAM, Roles.VIEWER);
    }

    public static String admin() {
        return JwtTestResource.token("platform", Roles.ADMIN);
    }

    /** A valid create body that tests change field by field; starts in ten days, runs thirty. */
    public static Map<String, Object> body() {
        Instant start = TestClock.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        return body(start, start.plus(Duration.ofDays(30)));
    }

    public static Map<String, Object> body(Instant start, Instant end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Spring push");
        body.put("productId", UUID.randomUUID().toString());
        body.put("objective", "500 sign-ups in DACH");
        body.put("channels", List.of("EMAIL", "SOCIAL"));
        body.put("audienceSegment", "smb-owners-dach");
        body.put("budget", new LinkedHashMap<>(Map.of("amount", "1000.00", "currency", "EUR")));
        body.put("schedule", new LinkedHashMap<>(Map.of("start", start.toString(), "end", end.toString(), "timeZone", "Europe/Berlin")));
        return body;
    }

    public static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(BASE).then();
    }

    public static UUID create(Map<String, Object> body) {
        return UUID.fromString(post(manager(), body).statusCode(201).extract().path("id"));
    }

    /** The team's campaign linked to a launch this service has not seen fanned out: only an admin may link to one. */
    public static UUID createForUnseenLaunch(Map<String, Object> body) {
        body.put("ownerTeam", TEAM);
        return UUID.fromString(post(admin(), body).statusCode(201).extract().path("id"));
    }

    public static UUID create() {
        return create(body());
    }

    public static ValidatableResponse get(UUID id) {
        return given().auth().oauth2(viewer()).get(BASE + "/" + id).then();
    }

    public static String status(UUID id) {
        return get(id).statusCode(200).extract().path("status");
    }

    public static ValidatableResponse step(String token, UUID id, String action, String reason) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (reason != null) {
            request = request.body(Map.of("reason", reason));
        }
        return request.post(BASE + "/" + id + "/" + action).then();
    }

    public static ValidatableResponse step(UUID id, String action) {
        return step(manager(), id, action, null);
    }

    public static ValidatableResponse put(String token, UUID id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put(BASE + "/" + id).then();
    }

    /** Walks a fresh campaign along legal steps until it is in {@code target}. */
    public static void driveTo(UUID id, CampaignStatus target) {
        List<String> path = switch (target) {
            case DRAFT -> List.of();
            case SCHEDULED -> List.of("schedule");
            case ACTIVE -> List.of("schedule", "activate");
            case PAUSED -> List.of("schedule", "activate", "pause");
            case COMPLETED -> List.of("schedule", "activate", "complete");
            case CANCELLED -> List.of("cancel");
        };
        path.forEach(action -> step(id, action).statusCode(200));
    }
}
