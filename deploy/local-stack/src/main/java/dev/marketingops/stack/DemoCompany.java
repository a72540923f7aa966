package dev.marketingops.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeds a sample company the way its people would, through the public REST APIs: a product with a roadmap, a launch
 * item with SMART objectives, a scheduled launch (whose fan-out creates the campaigns), and campaigns set running.
 */
final class DemoCompany {

    static final String PRODUCT = "Acme Analytics";

    private final ApiClient api = new ApiClient();
    private final String roadmap;
    private final String campaign;
    private final StackFiles files;

    DemoCompany(String roadmapUrl, String campaignUrl, StackFiles files) {
        this.roadmap = roadmapUrl + "/api/v1";
        this.campaign = campaignUrl + "/api/v1";
        this.files = files;
    }

    /** Seeds once; a later start of the stack finds what it seeded (ids kept in .stack/demo.properties). */
    Seeded seed() {
        Seeded earlier = files.readDemo();
        if (earlier != null) {
            return earlier;
        }
        String editor = files.token("roadmap-editor");
        LocalDate today = LocalDate.now();
        String product = id(api.post(roadmap + "/products", editor,
                Map.of("name", PRODUCT, "ownerTeam", StackFiles.TEAM, "stage", "GROWTH")));
        String roadmapId = id(api.post(roadmap + "/roadmaps", editor, Map.of("name", PRODUCT + " FY" + today.getYear(),
                "productId", product, "fiscalYear", today.getYear(), "ownerTeam", StackFiles.TEAM,
                "growthTarget", Map.of("amount", 2_500_000, "currency", "EUR"))));
        String item = id(api.post(roadmap + "/roadmaps/" + roadmapId + "/items", editor, Map.of("type", "LAUNCH",
                "title", "Self-serve tier", "description", "Sign-up without sales contact", "ownerTeam", StackFiles.TEAM,
                "startDate", today.toString(), "endDate", today.plusDays(120).toString(),
                "channels", List.of("PAID_SEARCH", "SOCIAL", "EMAIL"), "audienceSegments", List.of("smb-eu"))));
        api.post(roadmap + "/items/" + item + "/objectives", editor, Map.of("kpiKey", "conversions", "direction", "INCREASE",
                "baseline", 0, "target", 2000, "dueDate", today.plusDays(90).toString()));
        api.post(roadmap + "/items/" + item + "/objectives", editor, Map.of("kpiKey", "ctr", "direction", "INCREASE",
                "baseline", 0.01, "target", 0.04, "dueDate", today.plusDays(60).toString()));
        String launch = id(api.post(roadmap + "/launches", editor, Map.of("itemId", item, "name", "Self-serve launch",
                "launchDate", today.plusDays(7).toString(), "tier", 1, "markets", List.of("DE", "FR", "NL"),
                "budgetHint", Map.of("amount", 30_000, "currency", "EUR"))));
        api.post(roadmap + "/launches/" + launch + "/schedule", editor, Map.of());
        Seeded seeded = new Seeded(product, item, launch, true);
        files.writeDemo(seeded);
        return seeded;
    }

    /** Waits for the launch's draft campaigns (launch fan-out) and sets them running. */
    List<String> runCampaigns(String launch) throws InterruptedException {
        String manager = files.token("campaign-manager");
        List<String> campaigns = new ArrayList<>();
        for (int attempt = 0; attempt < 60 && campaigns.isEmpty(); attempt++) {
            for (JsonNode c : api.get(campaign + "/campaigns?launchId=" + launch, manager).path("items")) {
                campaigns.add(c.path("id").asText());
            }
            if (campaigns.isEmpty()) {
                Thread.sleep(500);
            }
        }
        for (String id : campaigns) {
            api.post(campaign + "/campaigns/" + id + "/schedule", manager, Map.of("reason", "demo"));
            api.post(campaign + "/campaigns/" + id + "/activate", manager, Map.of("reason", "demo: start early"));
        }
        return campaigns;
    }

    private static String id(JsonNode created) {
        return created.path("id").asText();
    }

    /** What the seeding created: the ids the simulated tools and the progress line need. */
    record Seeded(String productId, String itemId, String launchId, boolean fresh) {
    }
}
