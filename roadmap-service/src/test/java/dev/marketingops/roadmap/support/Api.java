package dev.marketingops.roadmap.support;

import static io.restassured.RestAssured.given;

import dev.marketingops.infra.JwtTestResource;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drives the roadmap API the way a client would, with real tokens. */
public final class Api {

    public static final String TEAM = "growth";
    public static final String OTHER_TEAM = "brand";

    private Api() {
    }

    public static RequestSpecification asEditor() {
        return as(JwtTestResource.token(TEAM, "roadmap-editor"));
    }

    public static RequestSpecification asOtherTeamEditor() {
        return as(JwtTestResource.token(OTHER_TEAM, "roadmap-editor"));
    }

    public static RequestSpecification asViewer() {
        return as(JwtTestResource.token(TEAM, "viewer"));
    }

    public static RequestSpecification asAdmin() {
        return as(JwtTestResource.token("platform", "admin"));
    }

    /** Non-integer JSON numbers are read back as BigDecimal, so amounts are compared exactly. */
    public static RequestSpecification as(String token) {
        return given().config(RestAssuredConfig.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static UUID createProduct() {
        return id(asEditor().body(Map.of("name", "Product " + UUID.randomUUID(), "ownerTeam", TEAM, "stage", "INTRODUCTION",
                "stageChangedOn", "2026-01-10")).post("/api/v1/products").then().statusCode(201).extract().path("id"));
    }

    public static UUID createRoadmap(UUID product) {
        return id(asEditor().body(roadmap(product, 2026)).post("/api/v1/roadmaps").then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> roadmap(UUID product, int year) {
        return Map.of("name", "Roadmap " + year, "productId", product.toString(), "fiscalYear", year,
                "growthTarget", Map.of("amount", 2500000.00, "currency", "EUR"), "ownerTeam", TEAM);
    }

    /** An item body; callers override fields as they need. */
    public static Map<String, Object> item(String type, String start, String end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", type + " item");
        body.put("description", "planned in a test");
        body.put("ownerTeam", TEAM);
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("channels", List.of("EMAIL", "SOCIAL"));
        body.put("audienceSegments", List.of("smb-eu"));
        body.put("dependsOn", List.of());
        return body;
    }

    public static UUID createItem(UUID roadmap, Map<String, Object> body) {
        return id(asEditor().body(body).post("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> launch(UUID item, String date) {
        return Map.of("itemId", item.toString(), "name", "Launch " + date, "launchDate", date, "tier", 1,
                "markets", List.of("DE", "US"), "budgetHint", Map.of("amount", 50000.00, "currency", "EUR"));
    }

    public static UUID createLaunch(UUID item, String date) {
        return id(asEditor().body(launch(item, date)).post("/api/v1/launches").then().statusCode(201).extract().path("id"));
    }

    public static void step(UUID launch, String action) {
        asEditor().post("/api/v1/launches/" + launch + "/" + action).then().statusCode(200);
    }

    /** Creates a LAUNCH item on {@code roadmap} with the given dates, channels and segments, and its launch on {@code date}. */
    public static UUID createLaunchOn(UUID roadmap, String start, String end, String date, List<String> channels, List<String> segments) {
        Map<String, Object> body = item("LAUNCH", start, end);
        body.put("channels", channels);
        body.put("audienceSegments", segments);
        return createLaunch(createItem(roadmap, body), date);
    }

    /** Creates an objective on {@code item}; {@code kpi} is the wire name (conversions, cpa, roas...). */
    public static UUID createObjective(UUID item, String kpi, String direction, Object baseline, Object target, String start,
                                       String due) {
        return id(asEditor().body(Map.of("kpiKey", kpi, "direction", direction, "baseline", baseline, "target", target,
                        "startDate", start, "dueDate", due))
                .post("/api/v1/items/" + item + "/objectives").then().statusCode(201).extract().path("id"));
    }

    public static UUID id(String value) {
        return UUID.fromString(value);
    }
}
