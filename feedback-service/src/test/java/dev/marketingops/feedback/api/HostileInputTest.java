package dev.marketingops.feedback.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.feedback.support.FeedbackApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hostile inputs of issue #11 get a 4xx problem+json naming the field, never a 500 or a bare status. */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void overflowingPagesAreA400NamingThePage() {
        for (String page : new String[] {"2147483647", "3000000000"}) {
            FeedbackApi.viewer().get("/api/v1/feature-requests?roadmapItemId=" + UUID.randomUUID() + "&page=" + page)
                    .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("page"));
        }
    }

    @Test
    void aNulCharacterInTextIsA400NamingTheField() {
        Map<String, Object> body = FeedbackApi.body("REVIEW", UUID.randomUUID(), "customer-nul");
        body.put("text", "great\u0000product");
        FeedbackApi.post(body).statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("text"));
        FeedbackApi.as("privacy-officer").urlEncodingEnabled(false).delete("/api/v1/customers/a%00b")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("customerRef"));
    }

    @Test
    void aNulCharacterInACsvRowRejectsThatRowNamingTheColumn() {
        String csv = "type,text,productId,channel,locale,customerRef,idempotencyKey\n"
                + "REVIEW,fine\u0000text," + UUID.randomUUID() + ",WEB,en,c-1,\n"
                + "REVIEW,fine text," + UUID.randomUUID() + ",WEB,en,c-2,key\u0000" + UUID.randomUUID() + "\n";
        FeedbackApi.ingest().contentType("text/csv").body(csv).post("/api/v1/feedback/import")
                .then().statusCode(200)
                .body("results.outcome", org.hamcrest.Matchers.contains("REJECTED", "REJECTED"))
                .body("results[0].errors.field", hasItem("text"))
                .body("results[1].errors.field", hasItem("idempotencyKey"));
    }

    @Test
    void wrongTypesAreRefusedByName() {
        Map<String, Object> body = FeedbackApi.body("NPS", UUID.randomUUID(), "customer-types");
        body.put("score", 9.5);
        FeedbackApi.post(body).statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("score"));
        body.put("score", 9);
        body.put("locale", 42);
        FeedbackApi.post(body).statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("locale"));
    }
}
