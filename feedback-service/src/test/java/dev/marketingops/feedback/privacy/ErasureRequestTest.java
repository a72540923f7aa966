package dev.marketingops.feedback.privacy;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Erasure asked with the reference in the body, accepted with the request's status to follow, and the deprecated
 * DELETE never erasing another customer.
 */
@QuarkusTest
class ErasureRequestTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    StoredFeedback stored;
    @Inject
    CustomerPseudonyms pseudonyms;

    private static ValidatableResponse request(String role, Object body) {
        return as(role).contentType(ContentType.JSON).body(body).post("/api/v1/erasure-requests").then();
    }

    @Test
    void theReferenceInTheBodyErasesTheCustomerAndPublishesTheRequest() {
        String customer = "jane.doe+" + UUID.randomUUID() + "@example.com";
        submit(body("NPS", UUID.randomUUID(), customer));
        submit(body("REVIEW", UUID.randomUUID(), customer));

        String requestId = request("privacy-officer", Map.of("customerRef", customer)).statusCode(202)
                .body("erasedFeedback", equalTo(2)).extract().path("requestId");

        assertThat(stored.ofCustomer(customer)).isZero();
        CustomerErasureRequested event = Insights.awaitEvent(Topics.PRIVACY_ERASURE, CustomerErasureRequested.class,
                e -> e.requestId().toString().equals(requestId));
        assertThat(event.customerRef()).isEqualTo(customer);
        request("admin", Map.of("customerRef", customer)).statusCode(202).body("erasedFeedback", equalTo(0));
    }

    @Test
    void theRequestIsAcceptedWithItsLocationAndShowsEachServicesPartUntilAllAreDone() {
        String customer = "status-" + UUID.randomUUID();
        submit(body("NPS", UUID.randomUUID(), customer));

        ValidatableResponse accepted = request("privacy-officer", Map.of("customerRef", customer)).statusCode(202)
                .contentType(startsWith("application/json"))
                .body("status", equalTo("PENDING"))
                .body("completedAt", nullValue())
                .body("erasedFeedback", equalTo(1))
                .body("requestedAt", equalTo(FixedClock.NOW.toString()))
                .body("services.service", org.hamcrest.Matchers.contains("feedback", "metrics"))
                .body("services.status", org.hamcrest.Matchers.contains("DONE", "PENDING"))
                .body("services[0].completedAt", equalTo(FixedClock.NOW.toString()))
                .body("services[1].completedAt", nullValue());
        String requestId = accepted.extract().path("requestId");
        accepted.header("Location", endsWith("/api/v1/erasure-requests/" + requestId));

        // The Location answers the same request, for the role that may ask for erasure.
        String location = accepted.extract().header("Location");
        for (String role : new String[] {"privacy-officer", "admin"}) {
            as(role).get(location).then().statusCode(200)
                    .body("requestId", equalTo(requestId))
                    .body("status", equalTo("PENDING"))
                    .body("services.status", org.hamcrest.Matchers.contains("DONE", "PENDING"));
        }
        // The record keeps the customer's pseudonym only, never the reference.
        assertThat(stored.erasureRequestRow(UUID.fromString(requestId))).doesNotContain(customer)
                .contains(pseudonyms.current(customer).hash());
        // The request id travels in the event, so metrics' completion can name it.
        Insights.awaitEvent(Topics.PRIVACY_ERASURE, CustomerErasureRequested.class,
                e -> e.requestId().toString().equals(requestId));
    }

    @Test
    void anUnknownOrMalformedRequestIdOrAnotherRoleIsRefused() {
        as("privacy-officer").get("/api/v1/erasure-requests/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith(PROBLEM));
        as("privacy-officer").get("/api/v1/erasure-requests/not-a-uuid").then().statusCode(400)
                .contentType(startsWith(PROBLEM)).body("errors.field", hasItem("id"));
        String requestId = request("privacy-officer", Map.of("customerRef", "someone-" + UUID.randomUUID()))
                .statusCode(202).extract().path("requestId");
        as("viewer").get("/api/v1/erasure-requests/" + requestId).then().statusCode(403).contentType(startsWith(PROBLEM));
        as("feedback-manager").get("/api/v1/erasure-requests/" + requestId).then().statusCode(403);
    }

    @Test
    void theDeprecatedDeleteAnswersAsBeforeAndRecordsTheRequestToo() {
        String customer = "deprecated-" + UUID.randomUUID();
        submit(body("NPS", UUID.randomUUID(), customer));

        String requestId = as("privacy-officer").delete("/api/v1/customers/" + customer).then().statusCode(200)
                .body("erasedFeedback", equalTo(1)).body("status", equalTo("PENDING")).extract().path("requestId");

        as("privacy-officer").get("/api/v1/erasure-requests/" + requestId).then().statusCode(200)
                .body("erasedFeedback", equalTo(1))
                .body("services.status", org.hamcrest.Matchers.contains("DONE", "PENDING"));
    }

    @Test
    void referencesWithUrlCharactersAreErasedWhole() {
        for (String shape : new String[] {"a/b", "a%2Fb", "a;b=c", "a?b", "a#b", "a b", "a\\b"}) {
            String customer = shape + "-" + UUID.randomUUID();
            submit(body("NPS", UUID.randomUUID(), customer));
            request("privacy-officer", Map.of("customerRef", customer)).statusCode(202).body("erasedFeedback", equalTo(1));
            assertThat(stored.ofCustomer(customer)).as(shape).isZero();
        }
    }

    @Test
    void theDeprecatedDeleteNeverErasesADifferentCustomerThroughASemicolonOrAQuestionMark() {
        for (String[] cut : new String[][] {{";tag=1", "%3Btag=1"}, {"?tag=1", "%3Ftag=1"}}) {
            String victim = "victim-" + UUID.randomUUID();
            String asked = victim + cut[0];
            submit(body("NPS", UUID.randomUUID(), victim));
            submit(body("NPS", UUID.randomUUID(), asked));

            // A literal ';' starts JAX-RS matrix parameters, a '?' the query: the path parameter alone reads the victim.
            ValidatableResponse raw = as("privacy-officer").urlEncodingEnabled(false)
                    .delete("/api/v1/customers/" + asked).then();
            assertThat(stored.ofCustomer(victim)).as("the victim's feedback after DELETE …/%s", asked).isEqualTo(1);
            raw.statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("customerRef"));

            // Percent-encoded, the character is part of the reference: the right customer goes, the victim stays.
            as("privacy-officer").urlEncodingEnabled(false).delete("/api/v1/customers/" + victim + cut[1])
                    .then().statusCode(200).body("erasedFeedback", equalTo(1));
            assertThat(stored.ofCustomer(asked)).isZero();
            assertThat(stored.ofCustomer(victim)).isEqualTo(1);
        }
    }

    @Test
    void theDeprecatedDeleteErasesEncodedReferencesWhole() {
        for (String[] shape : new String[][] {{"a b", "a%20b"}, {"a/b", "a%2Fb"}, {"a?b", "a%3Fb"}, {"a#b", "a%23b"}}) {
            String suffix = "-" + UUID.randomUUID();
            submit(body("NPS", UUID.randomUUID(), shape[0] + suffix));
            as("privacy-officer").urlEncodingEnabled(false).delete("/api/v1/customers/" + shape[1] + suffix)
                    .then().statusCode(200).body("erasedFeedback", equalTo(1));
            assertThat(stored.ofCustomer(shape[0] + suffix)).as(shape[0]).isZero();
        }
    }

    @Test
    void referencesAreMatchedExactlyAsSubmitted() {
        String id = UUID.randomUUID().toString();
        submit(body("NPS", UUID.randomUUID(), "Jane" + id + "@Example.com"));

        request("privacy-officer", Map.of("customerRef", "jane" + id + "@example.com")).statusCode(202)
                .body("erasedFeedback", equalTo(0));
        assertThat(stored.ofCustomer("Jane" + id + "@Example.com")).isEqualTo(1);
    }

    @Test
    void theBodyFormIsDocumentedAndThePathFormDeprecated() {
        io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/customers/{customerRef}'.delete.deprecated", equalTo(true))
                .body("paths.'/api/v1/erasure-requests'.post.requestBody.content.'application/json'.schema", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/erasure-requests'.post.responses.'400'.content", org.hamcrest.Matchers.hasKey(PROBLEM))
                .body("paths.'/api/v1/erasure-requests'.post.responses.'202'.content.'application/json'.schema",
                        org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/erasure-requests'.post.responses.'202'.headers", org.hamcrest.Matchers.hasKey("Location"))
                .body("paths.'/api/v1/erasure-requests/{id}'.get.responses.'200'.content.'application/json'.schema",
                        org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/erasure-requests/{id}'.get.responses.'404'.content", org.hamcrest.Matchers.hasKey(PROBLEM))
                .body("paths.'/api/v1/erasure-requests'.post.description", org.hamcrest.Matchers.containsString("exactly"));
    }

    @Test
    void aBadReferenceOrRoleIsRefused() {
        request("privacy-officer", Map.of("customerRef", " ")).statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("customerRef"));
        request("privacy-officer", Map.of("customerRef", "x".repeat(201))).statusCode(400)
                .body("errors.field", hasItem("customerRef"));
        request("privacy-officer", Map.of("customerRef", "a\u0000b")).statusCode(400)
                .body("errors.field", hasItem("customerRef"));
        request("privacy-officer", Map.of()).statusCode(400).body("errors.field", hasItem("customerRef"));
        request("tool-ingest", Map.of("customerRef", "someone")).statusCode(403).contentType(startsWith(PROBLEM));
        request("feedback-manager", Map.of("customerRef", "someone")).statusCode(403);
    }
}
