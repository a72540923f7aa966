package dev.marketingops.feedback.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.infra.ForeignTeamWalk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * feedback-service owns nothing a team owns: its write operations are listed here as not team-owned, with the
 * reason, so a new write operation fails this walk until somebody decides about it.
 */
@QuarkusTest
class ForeignTeamWriteTest {

    private static final String INGEST = "feedback belongs to the customer who gave it, not to a team: support tools and "
            + "widgets (tool-ingest, machine identities) and feedback managers submit it about any subject";

    private static final String TRIAGE = "a feature request is customer feedback, not a team's resource: feedback managers "
            + "triage requests for every team, and linking one changes feedback's request, never the roadmap item itself";

    private static final String ERASURE = "erasure is the company's legal duty towards a customer, done by privacy "
            + "officers for every team's data at once";

    @Test
    void everyWriteOperationIsDecided() {
        var walked = new ForeignTeamWalk(URI.create("http://localhost:" + RestAssured.port), "growth", "brand")
                .notTeamOwned("POST /api/v1/feedback", INGEST)
                .notTeamOwned("POST /api/v1/feedback/import", INGEST)
                .notTeamOwned("POST /api/v1/erasure-requests", ERASURE)
                .notTeamOwned("DELETE /api/v1/customers/{customerRef}", ERASURE)
                .notTeamOwned("PUT /api/v1/feature-requests/{id}/roadmap-item", TRIAGE)
                .notTeamOwned("DELETE /api/v1/feature-requests/{id}/roadmap-item", TRIAGE)
                .notTeamOwned("POST /api/v1/feature-requests/{id}/merge", TRIAGE)
                .run();

        assertThat(walked).hasSize(7);
    }
}
