package dev.marketingops.console.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test data made through the services' own REST APIs with the stack's role tokens: a product, a roadmap for a fixed
 * fiscal year (no test depends on today's date), items, launches and campaigns.
 */
public final class Plan {

    public static final String TEAM = "growth";
    public static final int YEAR = 2031;
    /**
     * Reviews are dated in this past year, not in {@link #YEAR}: feedback-service refuses a submittedAt more than a day
     * ahead of its clock. Feedback pages ask for its first quarter ({@link #FEEDBACK_RANGE}).
     */
    public static final int FEEDBACK_YEAR = 2025;
    public static final String REVIEWED_AT = FEEDBACK_YEAR + "-02-01T10:00:00Z";
    /** The feedback page's query range holding {@link #REVIEWED_AT}. */
    public static final String FEEDBACK_RANGE = "&from=" + FEEDBACK_YEAR + "-01-01&to=" + FEEDBACK_YEAR + "-03-31";

    private final String productId;
    private final String roadmapId;

    private Plan(String productId, String roadmapId) {
        this.productId = productId;
        this.roadmapId = roadmapId;
    }

    public static RequestSpecification as(String service, String role) {
        return given().baseUri(ConsoleStack.url(service)).auth().oauth2(ConsoleStack.token(role))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static Plan create(String name) {
        String product = as("roadmap-service", "roadmap-editor").body(Map.of("name", name, "ownerTeam", TEAM, "stage", "GROWTH"))
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        String roadmap = as("roadmap-service", "roadmap-editor").body(Map.of("name", name + " FY" + YEAR, "productId", product,
                        "fiscalYear", YEAR, "ownerTeam", TEAM, "growthTarget", Map.of("amount", 1_250_000, "currency", "EUR")))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().path("id");
        return new Plan(product, roadmap);
    }

    public String productId() {
        return productId;
    }

    public String roadmapId() {
        return roadmapId;
    }

    /** An item from {@code start} to {@code end} (ISO dates) of the type, on the channels, for one audience. */
    public String item(String type, String title, String start, String end, List<String> channels, List<String> dependsOn) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "title", title, "ownerTeam", TEAM,
                "startDate", start, "endDate", end, "channels", channels, "audienceSegments", List.of("smb-eu")));
        if (!dependsOn.isEmpty()) {
            body.put("dependsOn", dependsOn);
        }
        return as("roadmap-service", "roadmap-editor").body(body).post("/api/v1/roadmaps/" + roadmapId + "/items")
                .then().statusCode(201).extract().path("id");
    }

    /** An objective on the item: {@code target} conversions by the due date. */
    public String conversionsObjective(String itemId, int target, String due) {
        return objective(itemId, "conversions", target, due);
    }

    /** An objective on the item: the KPI (by its wire name, e.g. "ctr" as a ratio) up to {@code target} by the due date. */
    public String objective(String itemId, String kpiKey, Number target, String due) {
        return as("roadmap-service", "roadmap-editor").body(Map.of("kpiKey", kpiKey, "direction", "INCREASE",
                        "baseline", 0, "target", target, "dueDate", due))
                .post("/api/v1/items/" + itemId + "/objectives").then().statusCode(201).extract().path("id");
    }

    public String launch(String itemId, String name, String date) {
        return as("roadmap-service", "roadmap-editor").body(Map.of("itemId", itemId, "name", name, "tier", 1,
                        "launchDate", date, "markets", List.of("DE"), "budgetHint", Map.of("amount", 9_000, "currency", "EUR")))
                .post("/api/v1/launches").then().statusCode(201).extract().path("id");
    }

    /** Moves the product to another lifecycle stage (roadmap-service publishes LifecycleStageChanged). */
    public void stage(String stage) {
        as("roadmap-service", "roadmap-editor").body(Map.of("stage", stage)).post("/api/v1/products/" + productId + "/stage")
                .then().statusCode(200);
    }

    public void schedule(String launchId) {
        as("roadmap-service", "roadmap-editor").body("{}").post("/api/v1/launches/" + launchId + "/schedule").then().statusCode(200);
    }

    /** The ids of the campaigns campaign-service drafted for a scheduled launch, once all {@code count} are there. */
    public static List<String> fannedOut(String launchId, int count) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> as("campaign-service", "viewer").queryParam("launchId", launchId).get("/api/v1/campaigns")
                        .then().extract().jsonPath().getList("items.id", String.class), ids -> ids.size() == count);
    }

    /** An ACTIVE campaign of the product on one channel, with a budget. */
    public String activeCampaign(String name, String channel) {
        String id = campaign(name, channel);
        activate(id);
        return id;
    }

    /** A DRAFT campaign of the product on one channel, with a budget. */
    public String campaign(String name, String channel) {
        return as("campaign-service", "campaign-manager").body(Map.of("name", name, "productId", productId,
                        "objective", "Sign-ups", "channels", List.of(channel), "audienceSegment", "smb-eu",
                        "budget", Map.of("amount", "5000.00", "currency", "EUR"),
                        "schedule", Map.of("start", YEAR + "-03-01T00:00:00Z", "end", YEAR + "-04-01T00:00:00Z", "timeZone", "UTC")))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    public static void activate(String campaignId) {
        as("campaign-service", "campaign-manager").body("{}").post("/api/v1/campaigns/" + campaignId + "/schedule").then().statusCode(200);
        as("campaign-service", "campaign-manager").body("{}").post("/api/v1/campaigns/" + campaignId + "/activate").then().statusCode(200);
    }

    /** A review about the product, submitted at {@link #REVIEWED_AT}; the service scores its sentiment. */
    public String review(String text) {
        return as("feedback-service", "tool-ingest").body(Map.of("type", "REVIEW", "subject", Map.of("productId", productId),
                        "channel", "WEB", "locale", "en-US", "submittedAt", REVIEWED_AT,
                        "customerRef", "customer-" + UUID.randomUUID(), "text", text))
                .post("/api/v1/feedback").then().statusCode(201).extract().path("feedbackId");
    }

    /** Feedback of the type about a launch, submitted now; {@code fields} carry its score, rating or text. */
    public static String launchFeedback(String launchId, String type, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "subject", Map.of("launchId", launchId),
                "channel", "WEB", "locale", "en-US", "submittedAt", java.time.Instant.now().toString(),
                "customerRef", "customer-" + UUID.randomUUID()));
        body.putAll(fields);
        return as("feedback-service", "tool-ingest").body(body).post("/api/v1/feedback").then().statusCode(201)
                .extract().path("feedbackId");
    }
}
