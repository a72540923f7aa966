package dev.marketingops.feedback.privacy;

import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static dev.marketingops.feedback.support.FeedbackApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.feedback.support.Insights;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contact data and the raw customer reference never reach the database, the API or feedback.insights. */
@QuarkusTest
class NoPersonalDataTest {

    static final String TEXT = "Billing charged my card 4111 1111 1111 1111 twice for the $49.99 plan. "
            + "Mail me at jane.doe@example.com or call +49 30 1234567 (I run version 2.3.1).";

    @Inject
    StoredFeedback stored;

    @Test
    void textIsRedactedAndTheCustomerPseudonymisedBeforeStoringOrPublishing() {
        String customer = "jane.doe-" + UUID.randomUUID() + "@customers.example";
        Map<String, Object> body = body("REVIEW", UUID.randomUUID(), customer);
        body.put("text", TEXT);
        UUID id = submit(body);

        String expected = "Billing charged my card [card] twice for the $49.99 plan. Mail me at [email] or call [phone] (I run version 2.3.1).";
        assertThat(stored.textOf(id)).isEqualTo(expected);
        viewer().get("/api/v1/feedback/" + id).then().statusCode(200).body("text", equalTo(expected));
        for (String secret : new String[] {"4111", "jane.doe@example.com", "1234567", customer}) {
            assertThat(stored.anywhereContains(secret)).as("stored: " + secret).isFalse();
        }

        FeedbackReceived event = Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeedbackReceived.class, e -> e.feedbackId().equals(id));
        assertThat(event.redactedText()).isEqualTo(expected);
        // Nothing on the topic, from any test so far, carries the raw reference or contact data.
        assertThat(Insights.kafka().readAll(Topics.FEEDBACK_INSIGHTS)).allSatisfy(record -> {
            String value = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(value).doesNotContain(customer, "jane.doe@example.com", "4111 1111", "+49 30 1234567", "cust-", "crm-", "customer-");
        });
    }
}
