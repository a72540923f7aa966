package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import org.junit.jupiter.api.Test;

/** Conditional rules of the feedback events, and the no-PII promise of FeedbackReceived. */
class FeedbackRulesTest {

    private final EventValidator validator = EventValidator.standard();

    private static ObjectNode sample(Class<? extends EventPayload> type) {
        return ContractJson.mapper().valueToTree(Samples.of(EventCatalog.forPayload(type)));
    }

    @Test
    void npsNeedsAScore() {
        ObjectNode json = sample(FeedbackSubmitted.class);
        json.putNull("score");

        assertThat(validator.validate(FeedbackSubmitted.TYPE, json)).extracting(Violation::path).containsExactly("$.score");
    }

    @Test
    void csatNeedsARatingFromOneToFive() {
        ObjectNode json = sample(FeedbackSubmitted.class);
        json.put("type", "CSAT").put("rating", 6);

        assertThat(validator.validate(FeedbackSubmitted.TYPE, json)).extracting(Violation::path).containsExactly("$.rating");
    }

    @Test
    void subjectNeedsAtLeastOneLink() {
        ObjectNode json = sample(FeedbackSubmitted.class);
        json.putObject("subject");

        assertThat(validator.validate(FeedbackSubmitted.TYPE, json)).containsExactly(new Violation("$.subject",
                "needs at least one of: productId, launchId, campaignId, roadmapItemId", "anyOf"));
    }

    @Test
    void sanitisedFeedbackCannotBePublishedWithACustomerRef() {
        ObjectNode json = sample(FeedbackReceived.class);
        json.put("customerRef", "crm-42");

        assertThat(validator.validate(FeedbackReceived.TYPE, json)).extracting(Violation::path)
                .containsExactly("$.customerRef");
    }
}
