package dev.marketingops.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The demo mode: seeds a sample company, keeps simulated ad and survey tools busy, and prints what moves. */
final class DemoTraffic {

    private final SimulatedAdPlatform adPlatform;
    private final LocalStack stack;
    private final StackFiles files;
    private final ApiClient api = new ApiClient();
    private final ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "demo-progress");
        thread.setDaemon(true);
        return thread;
    });
    private SimulatedSurveyTool surveys;

    DemoTraffic(LocalStack stack, StackFiles files, String bootstrapServers) {
        this.stack = stack;
        this.files = files;
        this.adPlatform = new SimulatedAdPlatform(bootstrapServers);
    }

    void start() {
        daemon(adPlatform, "demo-ad-platform");
        daemon(this::seedAndSurvey, "demo-seed");
    }

    private void seedAndSurvey() {
        try {
            DemoCompany company = new DemoCompany(stack.url("roadmap-service"), stack.url("campaign-service"), files);
            DemoCompany.Seeded seeded = company.seed();
            if (seeded.fresh()) {
                System.out.println("Demo: seeded product '" + DemoCompany.PRODUCT + "', a roadmap, a launch item with objectives,"
                        + " and scheduled launch " + seeded.launchId());
                List<String> campaigns = company.runCampaigns(seeded.launchId());
                System.out.println("Demo: launch fan-out created " + campaigns.size() + " campaigns; they are now ACTIVE.");
            } else {
                System.out.println("Demo: the sample company from the last run is still there; the tools resume.");
            }
            surveys = new SimulatedSurveyTool(stack.url("feedback-service"), files.token("tool-ingest"), seeded);
            daemon(surveys, "demo-survey-tool");
            progress.scheduleAtFixedRate(() -> report(seeded), 10, 10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("Demo seeding failed: " + e.getMessage());
        }
    }

    /** One line every ten seconds: what the tools sent and what the services now say about the launch. */
    private void report(DemoCompany.Seeded seeded) {
        try {
            JsonNode kpis = api.get(stack.url("metrics-service") + "/api/v1/kpis?launchId=" + seeded.launchId(), files.token("analyst"));
            JsonNode nps = api.get(stack.url("feedback-service") + "/api/v1/nps?launchId=" + seeded.launchId(), files.token("viewer"));
            System.out.printf("Demo: %,d activity events, %d feedback | launch KPIs: impressions %s, clicks %s, CTR %s, spend %s | NPS %s (%s responses)%n",
                    adPlatform.published(), surveys == null ? 0 : surveys.posted(),
                    text(kpis, "impressions"), text(kpis, "clicks"), text(kpis, "ctr"), money(kpis.findValue("spend")),
                    text(nps, "nps"), text(nps, "responses"));
        } catch (RuntimeException e) {
            System.out.println("Demo: " + adPlatform.published() + " activity events sent; KPIs not readable yet (" + e.getMessage() + ")");
        }
    }

    private static String money(JsonNode money) {
        return money == null || money.isNull() ? "-" : money.path("amount").asText() + " " + money.path("currency").asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.findValue(field);
        return value == null || value.isNull() ? "-" : value.asText();
    }

    void stop() {
        adPlatform.stop();
        if (surveys != null) {
            surveys.stop();
        }
        progress.shutdownNow();
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
