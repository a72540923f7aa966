package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.metrics.activity.rest.ActivityBatchRequest;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.metrics.support.TestClock;
import dev.marketingops.plumbing.idempotency.IdempotencyReceipts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/v1/activity: per-event validation report, publication of the accepted ones, Idempotency-Key. */
@QuarkusTest
class IngestApiTest {

    @Inject
    Rollups rollups;

    @Inject
    IdempotencyReceipts receipts;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void acceptsTheValidEventsAndReportsEveryRejectedOneWithItsReasons() {
        UUID campaign = UUID.randomUUID();
        String body = "{\"events\":[" + impressions(campaign, 40) + ","
                + "{\"campaignId\":\"" + campaign + "\",\"channel\":\"EMAIL\",\"kind\":\"SPEND\",\"amount\":-5,\"currency\":\"EUR\","
                + "\"occurredAt\":\"2026-03-01T10:00:00Z\",\"journeyStage\":\"AWARENESS\"},"
                + "{\"campaignId\":\"not-a-uuid\",\"channel\":\"EMAIL\",\"kind\":\"CLICK\",\"occurredAt\":\"2026-03-01T10:00:00Z\",\"journeyStage\":\"AWARENESS\"},"
                + "\"just text\","
                + impressions(campaign, 2) + "]}";

        JsonPath report = ingest(null, body).then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("received")).isEqualTo(5);
        assertThat(report.getInt("accepted")).isEqualTo(2);
        assertThat(report.getList("acceptedEvents.index", Integer.class)).containsExactly(0, 4);
        assertThat(report.getList("rejectedEvents.index", Integer.class)).containsExactly(1, 2, 3);
        assertThat(report.getString("rejectedEvents[0].reasons[0].field")).contains("amount");
        assertThat(report.getString("rejectedEvents[1].reasons[0].field")).contains("campaignId");
        assertThat(report.getString("rejectedEvents[2].reasons[0].message")).contains("JSON object");

        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(42);
    }

    @Test
    void aRetriedBatchWithTheSameKeyGetsTheStoredAnswerAndCountsOnce() {
        UUID campaign = UUID.randomUUID();
        String key = "batch-" + UUID.randomUUID();
        String body = "{\"events\":[" + impressions(campaign, 5) + "," + impressions(campaign, 6) + "]}";

        String first = ingest(key, body).then().statusCode(200).extract().asString();
        Response retry = ingest(key, body);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first);

        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(11);
    }

    @Test
    void aKeyReusedForAnotherBatchIsRefused() {
        UUID campaign = UUID.randomUUID();
        String key = "batch-" + UUID.randomUUID();
        ingest(key, "{\"events\":[" + impressions(campaign, 5) + "]}").then().statusCode(200);

        ingest(key, "{\"events\":[" + impressions(campaign, 7) + "]}").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aReceiptKeepsNoUnkeyedHashThatConfirmsAGuessedCustomerRef() throws Exception {
        UUID campaign = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String customer = "crm-" + UUID.randomUUID();
        String key = "batch-" + UUID.randomUUID();
        ingest(key, batchOf(clickWith(eventId, campaign, "\"" + customer + "\""))).then().statusCode(200);

        // Everything of the event but the reference is guessable (or was seen); the attacker tries references,
        // hashing the batch as the receipt did before V7_7: the raw request as JSON.
        String receipt = receiptColumn("request_hash", key);
        for (String guess : List.of("crm-someone-else", customer)) {
            String raw = batchOf(clickWith(eventId, campaign, "\"" + guess + "\""));
            assertThat(receipt).as("receipt hash tested against the guess %s", guess)
                    .isNotEqualTo(receipts.fingerprint(mapper.readValue(raw, ActivityBatchRequest.class)));
        }
        assertThat(receiptColumn("response", key)).doesNotContain(customer);
    }

    @Test
    void aRetryWithCustomerRefsIsReplayedAndAnotherReferenceUnderTheSameKeyIsRefused() {
        UUID campaign = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String key = "batch-" + UUID.randomUUID();
        String body = batchOf(clickWith(eventId, campaign, "\"42\"") + "," + impressions(campaign, 3));

        String first = ingest(key, body).then().statusCode(200).extract().asString();
        Response retry = ingest(key, body);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first);

        // Another customer, the same one with blanks around it (published as sent), a number: each another batch.
        for (String other : List.of("\"43\"", "\" 42\"", "42", "null")) {
            ingest(key, batchOf(clickWith(eventId, campaign, other) + "," + impressions(campaign, 3)))
                    .then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
        }
    }

    @Test
    void aReceiptWhoseFingerprintWasWithdrawnAnswersARetryWithItsFirstAnswer() {
        UUID campaign = UUID.randomUUID();
        String key = "batch-" + UUID.randomUUID();
        String body = batchOf(clickWith(UUID.randomUUID().toString(), campaign, "\"crm-7\""));
        String first = ingest(key, body).then().statusCode(200).extract().asString();
        // As V7_7 leaves the receipts that held the raw batch's hash.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update idempotency_receipt set request_hash = ?1 where idempotency_key = ?2")
                .setParameter(1, IdempotencyReceipts.WITHDRAWN_FINGERPRINT).setParameter(2, key).executeUpdate());

        Response retry = ingest(key, body);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first);
    }

    @Test
    void twoToolsMayUseTheSameKey() {
        UUID campaign = UUID.randomUUID();
        String key = "nightly-sync";
        ingest(key, "{\"events\":[" + impressions(campaign, 5) + "]}").then().statusCode(200);

        // Another tool, another token subject.
        RestAssured.given().auth().oauth2(JwtTestResource.tokens().mint("ads-sync@tools", Api.TEAM, "tool-ingest"))
                .contentType("application/json").header("Idempotency-Key", key)
                .body("{\"events\":[" + impressions(campaign, 7) + "]}")
                .post("/api/v1/activity").then().statusCode(200).header("Idempotent-Replayed", (String) null);

        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(12);
    }

    @Test
    void moneyInAnotherCurrencyThanTheBudgetIsRejected() {
        UUID campaign = UUID.randomUUID();
        CampaignEvents.created(campaign, null, UUID.randomUUID(), Money.of("100", "EUR"));
        String usd = "{\"campaignId\":\"" + campaign + "\",\"channel\":\"EMAIL\",\"kind\":\"SPEND\",\"amount\":5,"
                + "\"currency\":\"USD\",\"occurredAt\":\"2026-03-01T10:00:00Z\",\"journeyStage\":\"AWARENESS\"}";

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                ingest(null, "{\"events\":[" + usd + "]}").then().statusCode(200)
                        .body("rejected", equalTo(1)).body("rejectedEvents[0].reasons[0].field", equalTo("$.currency")));
    }

    @Test
    void aCustomerRefWithAControlCharacterOrOnlyBlanksIsRejectedNamingIt() {
        UUID campaign = UUID.randomUUID();
        String body = "{\"events\":[" + clickBy(campaign, "nul\\u0000ref") + "," + clickBy(campaign, "   ") + ","
                + clickBy(campaign, "tab\\tref") + "," + clickBy(campaign, "cust-42") + "]}";

        JsonPath report = ingest(null, body).then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("acceptedEvents.index", Integer.class)).containsExactly(3);
        assertThat(report.getList("rejectedEvents.index", Integer.class)).containsExactly(0, 1, 2);
        assertThat(report.getList("rejectedEvents.reasons.field").toString())
                .isEqualTo("[[$.customerRef], [$.customerRef], [$.customerRef]]");
    }

    @Test
    void anOccurredAtBefore2000OrBeyondTheSkewIsRejectedNamingItsIndexAndTheRestIsAccepted() {
        UUID campaign = UUID.randomUUID();
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        TestClock.pin(now);
        try {
            String body = batchOf(String.join(",", clickAt(campaign, now.minus(Duration.ofHours(1))),
                    clickAt(campaign, now.plus(Duration.ofDays(1)).plusMillis(1)), clickAt(campaign, Instant.parse("2093-06-01T00:00:00Z")),
                    clickAt(campaign, Instant.parse("1999-12-31T23:59:59.999Z")), clickAt(campaign, now.plus(Duration.ofDays(1)))));

            JsonPath report = ingest(null, body).then().statusCode(200).extract().jsonPath();

            assertThat(report.getList("acceptedEvents.index", Integer.class)).containsExactly(0, 4);
            assertThat(report.getList("rejectedEvents.index", Integer.class)).containsExactly(1, 2, 3);
            assertThat(report.getList("rejectedEvents.reasons.field").toString())
                    .isEqualTo("[[$.occurredAt], [$.occurredAt], [$.occurredAt]]");
            assertThat(report.getString("rejectedEvents[1].reasons[0].message"))
                    .contains("2000-01-01T00:00:00Z", "2026-03-11T12:00:00Z", "2093-06-01T00:00:00Z");
        } finally {
            TestClock.release();
        }
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "clicks")).isEqualTo(2);
    }

    @Test
    void oversizedOrMalformedBatchesAndOtherRolesAreRefused() {
        StringBuilder big = new StringBuilder("{\"events\":[");
        for (int i = 0; i < 5_001; i++) {
            big.append(i == 0 ? "" : ",").append("{}");
        }
        ingest(null, big.append("]}").toString()).then().statusCode(400).body("errors[0].field", equalTo("events"));
        ingest(null, "{\"events\":\"nope\"}").then().statusCode(400);
        Api.viewer().contentType("application/json").body("{\"events\":[{}]}").post("/api/v1/activity")
                .then().statusCode(403);
    }

    private static Response ingest(String key, String body) {
        var request = Api.as("tool-ingest").contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/activity");
    }

    private String receiptColumn(String column, String key) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select " + column + " from idempotency_receipt where idempotency_key = ?1")
                .setParameter(1, key).getSingleResult());
    }

    private static String batchOf(String events) {
        return "{\"events\":[" + events + "]}";
    }

    private static String clickBy(UUID campaign, String customerRefJson) {
        return clickWith(UUID.randomUUID().toString(), campaign, "\"" + customerRefJson + "\"");
    }

    /** A click with this id, and this JSON value (a string with its quotes, a number, null) as its customerRef. */
    private static String clickWith(String id, UUID campaign, String customerRefValue) {
        return "{\"id\":\"" + id + "\",\"campaignId\":\"" + campaign + "\",\"channel\":\"EMAIL\","
                + "\"kind\":\"CLICK\",\"occurredAt\":\"2026-11-28T11:00:00Z\",\"journeyStage\":\"CONSIDERATION\","
                + "\"customerRef\":" + customerRefValue + "}";
    }

    private static String clickAt(UUID campaign, Instant at) {
        return "{\"campaignId\":\"" + campaign + "\",\"channel\":\"EMAIL\",\"kind\":\"CLICK\",\"occurredAt\":\"" + at
                + "\",\"journeyStage\":\"CONSIDERATION\"}";
    }

    private static String impressions(UUID campaign, int count) {
        return "{\"campaignId\":\"" + campaign + "\",\"channel\":\"DISPLAY\",\"kind\":\"IMPRESSION\",\"count\":" + count
                + ",\"occurredAt\":\"2026-03-01T10:15:00Z\",\"journeyStage\":\"AWARENESS\"}";
    }
}
