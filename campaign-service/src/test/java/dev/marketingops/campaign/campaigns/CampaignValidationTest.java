package dev.marketingops.campaign.campaigns;

import dev.marketingops.campaign.support.TestClock;
import static dev.marketingops.campaign.support.CampaignApi.body;
import static dev.marketingops.campaign.support.CampaignApi.create;
import static dev.marketingops.campaign.support.CampaignApi.driveTo;
import static dev.marketingops.campaign.support.CampaignApi.get;
import static dev.marketingops.campaign.support.CampaignApi.manager;
import static dev.marketingops.campaign.support.CampaignApi.post;
import static dev.marketingops.campaign.support.CampaignApi.put;
import static dev.marketingops.campaign.support.KafkaEvents.publish;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.campaign.support.CampaignApi;
import dev.marketingops.campaign.support.Kpis;
import dev.marketingops.contracts.campaign.CampaignStatus;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client's mistake is a 4xx problem+json naming the field, never a 500 and never a silent change. */
@QuarkusTest
class CampaignValidationTest {

    @Test
    void endBeforeStartNamesScheduleEnd() {
        Instant start = TestClock.now().plus(Duration.ofDays(5));
        assertProblem(post(manager(), body(start, start.minus(Duration.ofDays(1)))), 422, "schedule.end");
    }

    @Test
    void zeroAndNegativeBudgetsNameBudgetAmount() {
        for (String amount : List.of("0", "-10.00")) {
            Map<String, Object> body = body();
            body.put("budget", Map.of("amount", amount, "currency", "EUR"));
            assertProblem(post(manager(), body), 422, "budget.amount");
        }
    }

    @Test
    void unknownCurrencyNamesBudgetCurrency() {
        Map<String, Object> body = body();
        body.put("budget", Map.of("amount", "100.00", "currency", "XYZ"));
        assertProblem(post(manager(), body), 422, "budget.currency");
        body.put("budget", Map.of("amount", "100.00", "currency", "euro"));
        assertProblem(post(manager(), body), 400, "budget.currency");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasNameBudgetAmount() {
        Map<String, Object> body = body();
        body.put("budget", Map.of("amount", "100.001", "currency", "EUR"));
        assertProblem(post(manager(), body), 422, "budget.amount");
    }

    @Test
    void scheduleInThePastNamesScheduleStart() {
        Instant start = TestClock.now().minus(Duration.ofDays(2));
        assertProblem(post(manager(), body(start, start.plus(Duration.ofDays(30)))), 422, "schedule.start");
    }

    @Test
    void unknownTimeZoneNamesScheduleTimeZone() {
        Map<String, Object> body = body();
        @SuppressWarnings("unchecked")
        Map<String, Object> schedule = (Map<String, Object>) body.get("schedule");
        schedule.put("timeZone", "Mars/Olympus");
        assertProblem(post(manager(), body), 422, "schedule.timeZone");
    }

    @Test
    void missingAndUnknownFieldsAre400ByName() {
        Map<String, Object> body = body();
        body.remove("name");
        assertProblem(post(manager(), body), 400, "name");
        body = body();
        body.put("channels", List.of("TELEPATHY"));
        assertProblem(post(manager(), body), 400, "channels[0]");
        body = body();
        body.put("colour", "red");
        assertProblem(post(manager(), body), 400, "colour");
    }

    @Test
    void blankButNotEmptyTextFieldsAre400ByName() {
        for (String field : List.of("name", "objective", "audienceSegment", "ownerTeam")) {
            Map<String, Object> body = body();
            body.put(field, " \t ");
            assertProblem(post(CampaignApi.admin(), body), 400, field);
        }
        Map<String, Object> body = body();
        @SuppressWarnings("unchecked")
        Map<String, Object> schedule = (Map<String, Object>) body.get("schedule");
        schedule.put("timeZone", "   ");
        assertProblem(post(manager(), body), 400, "schedule.timeZone");
    }

    @Test
    void editingACompletedCampaignIs409NamingStatus() {
        UUID id = create();
        driveTo(id, CampaignStatus.COMPLETED);
        assertProblem(put(manager(), id, null, body()), 409, "status");
    }

    @Test
    void budgetBelowSpendSoFarNamesBudgetAmount() {
        UUID id = create();
        publish(Kpis.spend(id, "400.00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(id).body("spent.amount", equalTo(400.00f)));

        Map<String, Object> body = body();
        body.put("budget", Map.of("amount", "300.00", "currency", "EUR"));
        assertProblem(put(manager(), id, null, body), 422, "budget.amount");
        get(id).body("budget.amount", equalTo(1000.00f));
    }

    @Test
    void aCampaignThatHasRunKeepsItsCurrencyWhateverItsSpendSoFar() {
        // No snapshot has brought spend here yet (spent 0), but metrics may already count this campaign's spend in EUR.
        for (CampaignStatus reached : List.of(CampaignStatus.ACTIVE, CampaignStatus.PAUSED)) {
            Map<String, Object> body = body();
            UUID id = create(body);
            driveTo(id, reached);
            get(id).body("spent.amount", equalTo(0f));

            body.put("budget", Map.of("amount", "1000.00", "currency", "USD"));
            assertProblem(put(manager(), id, null, body), 422, "budget.currency");
            get(id).body("budget.currency", equalTo("EUR"));
        }
    }

    @Test
    void aCampaignThatHasNeverRunMayChangeItsCurrency() {
        Map<String, Object> body = body();
        UUID id = create(body);
        driveTo(id, CampaignStatus.SCHEDULED);

        body.put("budget", Map.of("amount", "1000.00", "currency", "USD"));
        put(manager(), id, null, body).statusCode(200);
        get(id).body("budget.currency", equalTo("USD"));
    }

    @Test
    void badPagingIs400() {
        io.restassured.RestAssured.given().auth().oauth2(manager()).queryParam("size", 0)
                .get("/api/v1/campaigns").then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    private static void assertProblem(ValidatableResponse response, int status, String field) {
        response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }
}
