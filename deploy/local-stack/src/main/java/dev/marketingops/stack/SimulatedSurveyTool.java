package dev.marketingops.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Plays a survey widget and a support tool: NPS answers, reviews and feature requests, posted as a tool would. */
final class SimulatedSurveyTool implements Runnable {

    private static final List<String> PRAISE = List.of("Setup was quick and the dashboards are great",
            "Love the new self-serve sign-up, very easy", "Reports are fast and clear, excellent support");
    private static final List<String> COMPLAINTS = List.of("The export is slow and often fails",
            "Pricing page is confusing, not happy", "Login keeps timing out, frustrating experience");
    private static final List<String> REQUESTS = List.of("Please add single sign-on", "Add a Slack integration for alerts",
            "Single sign-on with Okta would help");

    private final ApiClient api = new ApiClient();
    private final String feedback;
    private final String token;
    private final DemoCompany.Seeded company;
    private final AtomicLong posted = new AtomicLong();
    private volatile boolean running = true;

    SimulatedSurveyTool(String feedbackUrl, String token, DemoCompany.Seeded company) {
        this.feedback = feedbackUrl + "/api/v1/feedback";
        this.token = token;
        this.company = company;
    }

    long posted() {
        return posted.get();
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try {
                api.post(feedback, token, next());
                posted.incrementAndGet();
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    System.err.println("Demo survey tool: " + e.getMessage());
                }
                sleepQuietly();
            }
        }
    }

    private Map<String, Object> next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("productId", company.productId());
        subject.put("launchId", company.launchId());
        int pick = random.nextInt(10);
        if (pick < 6) {
            body.put("type", "NPS");
            body.put("score", random.nextInt(100) < 70 ? 8 + random.nextInt(3) : random.nextInt(8));
        } else if (pick < 9) {
            boolean happy = random.nextBoolean();
            body.put("type", "REVIEW");
            body.put("rating", happy ? 4 + random.nextInt(2) : 1 + random.nextInt(2));
            body.put("text", (happy ? PRAISE : COMPLAINTS).get(random.nextInt(3)) + ". Contact me at jane.doe@example.com");
        } else {
            body.put("type", "FEATURE_REQUEST");
            body.put("text", REQUESTS.get(random.nextInt(REQUESTS.size())));
            subject.put("roadmapItemId", company.itemId());
        }
        body.put("subject", subject);
        body.put("channel", "WEB");
        body.put("locale", "en");
        body.put("customerRef", "demo-customer-" + random.nextInt(400));
        return body;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
