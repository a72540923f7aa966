package dev.marketingops.e2e.support;

import static dev.marketingops.e2e.support.Api.campaign;
import static dev.marketingops.e2e.support.Api.roadmap;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product and its roadmap, created through roadmap-service's REST API, to hang launches on. */
public final class SampleCompany {

    public static final String TEAM = "growth";

    private final String productId;
    private final String roadmapId;

    private SampleCompany(String productId, String roadmapId) {
        this.productId = productId;
        this.roadmapId = roadmapId;
    }

    public static SampleCompany create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String product = roadmap("roadmap-editor").body(Map.of("name", "E2E product " + suffix, "ownerTeam", TEAM, "stage", "GROWTH"))
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        int year = LocalDate.now().getYear();
        String roadmapId = roadmap("roadmap-editor").body(Map.of("name", "E2E roadmap " + suffix, "productId", product,
                        "fiscalYear", year, "ownerTeam", TEAM, "growthTarget", Map.of("amount", 1_000_000, "currency", "EUR")))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().path("id");
        return new SampleCompany(product, roadmapId);
    }

    public String productId() {
        return productId;
    }

    /** A LAUNCH item on the given channels with one objective: {@code target} conversions within 60 days. */
    public String launchItem(List<String> channels, int conversionsTarget) {
        LocalDate today = LocalDate.now();
        String item = roadmap("roadmap-editor").body(Map.of("type", "LAUNCH", "title", "E2E launch item", "ownerTeam", TEAM,
                        "startDate", today.toString(), "endDate", today.plusDays(90).toString(), "channels", channels,
                        "audienceSegments", List.of("smb-eu")))
                .post("/api/v1/roadmaps/" + roadmapId + "/items").then().statusCode(201).extract().path("id");
        roadmap("roadmap-editor").body(Map.of("kpiKey", "conversions", "direction", "INCREASE", "baseline", 0,
                        "target", conversionsTarget, "dueDate", today.plusDays(60).toString()))
                .post("/api/v1/items/" + item + "/objectives").then().statusCode(201);
        return item;
    }

    /** A planned launch for the item, 14 days out, with a budget hint. */
    public String launch(String itemId) {
        return roadmap("roadmap-editor").body(Map.of("itemId", itemId, "name", "E2E launch", "tier", 1,
                        "launchDate", LocalDate.now().plusDays(14).toString(), "markets", List.of("DE", "FR"),
                        "budgetHint", Map.of("amount", 20_000, "currency", "EUR")))
                .post("/api/v1/launches").then().statusCode(201).extract().path("id");
    }

    public void schedule(String launchId) {
        roadmap("roadmap-editor").body("{}").post("/api/v1/launches/" + launchId + "/schedule").then().statusCode(200);
    }

    /** A paid-search launch item, its launch scheduled, and the id of the campaign draft its fan-out created. */
    public String scheduledLaunchCampaign() {
        return scheduledLaunch().campaignId();
    }

    /** A paid-search launch item and its launch, scheduled; answers once the fan-out has created the campaign draft. */
    public ScheduledLaunch scheduledLaunch() {
        String launch = launch(launchItem(List.of("PAID_SEARCH"), 100));
        schedule(launch);
        String campaignId = await().atMost(Duration.ofSeconds(60)).until(
                () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns")
                        .then().extract().jsonPath().getList("items.id", String.class),
                ids -> !ids.isEmpty()).get(0);
        return new ScheduledLaunch(launch, campaignId);
    }

    /** A scheduled launch and the campaign draft created for it. */
    public record ScheduledLaunch(String launchId, String campaignId) {
    }
}
