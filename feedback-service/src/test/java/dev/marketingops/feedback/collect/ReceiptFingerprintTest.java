package dev.marketingops.feedback.collect;

import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.ingest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An idempotency receipt keeps no hash that confirms a guessed customer reference, and still tells retries apart. */
@QuarkusTest
class ReceiptFingerprintTest {

    @Inject
    StoredFeedback stored;

    @Inject
    ObjectMapper mapper;

    @Test
    void guessingTheReferenceOfAnNpsAnswerCannotBeConfirmedAgainstItsReceipt() throws Exception {
        UUID product = UUID.randomUUID();
        String customer = "jane.doe-" + UUID.randomUUID() + "@example.com";
        String key = "survey-" + UUID.randomUUID();
        send(key, body("NPS", product, customer)).statusCode(201);

        // Everything of an NPS answer without text but the reference is guessable; the attacker tries references.
        String receipt = stored.receiptHash(key);
        for (String guess : List.of("someone@example.com", customer)) {
            FeedbackSubmitted guessed = new FeedbackSubmitted(key, FeedbackType.NPS, 9, null, null,
                    SubjectRef.product(product), Channel.WEB, "en-US", FixedClock.RECENTLY, guess);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsBytes(guessed)));
            assertThat(receipt).as("receipt hash tested against the guess %s", guess).isNotEqualTo(sha256);
        }
    }

    @Test
    void aRetryIsStillRecognisedAndAnotherCustomerUnderTheSameKeyIsStillA422() {
        UUID product = UUID.randomUUID();
        String key = "survey-" + UUID.randomUUID();
        Map<String, Object> first = body("NPS", product, "crm-" + UUID.randomUUID());
        String id = send(key, first).statusCode(201).extract().path("feedbackId");
        send(key, first).statusCode(200).body("feedbackId", equalTo(id));

        Map<String, Object> other = body("NPS", product, "crm-" + UUID.randomUUID());
        send(key, other).statusCode(422).body("errors.field", hasItem("Idempotency-Key"));
        Map<String, Object> otherText = body("REVIEW", product, (String) first.get("customerRef"));
        send("text-" + key, otherText).statusCode(201);
        otherText.put("text", "Another text entirely");
        send("text-" + key, otherText).statusCode(422).body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void aReceiptWrittenBeforeTheUpgradeAnswersARetryWithItsFirstResult() {
        UUID product = UUID.randomUUID();
        String key = "survey-" + UUID.randomUUID();
        Map<String, Object> submission = body("NPS", product, "crm-" + UUID.randomUUID());
        String id = send(key, submission).statusCode(201).extract().path("feedbackId");
        stored.withdrawFingerprint(key); // as V7_2 leaves receipts that held the raw submission's hash

        send(key, submission).statusCode(200).body("feedbackId", equalTo(id)).body("duplicate", equalTo(true));
        assertThat(stored.aboutProduct(product)).isEqualTo(1);
    }

    private static ValidatableResponse send(String key, Map<String, Object> body) {
        return ingest().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/v1/feedback").then();
    }
}
