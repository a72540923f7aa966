package dev.marketingops.feedback.subject.rest;

import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Query parameters naming exactly one subject, shared by the analysis endpoints. */
public class SubjectParams {

    static final String ONE_OF = "give exactly one of productId, launchId, campaignId, roadmapItemId";

    @QueryParam("productId")
    @Parameter(description = "Give exactly one of productId, launchId, campaignId and roadmapItemId (a UUID); none or several is a 400")
    UUID productId;
    @QueryParam("launchId")
    @Parameter(description = "Give exactly one of productId, launchId, campaignId and roadmapItemId (a UUID); none or several is a 400")
    UUID launchId;
    @QueryParam("campaignId")
    @Parameter(description = "Give exactly one of productId, launchId, campaignId and roadmapItemId (a UUID); none or several is a 400")
    UUID campaignId;
    @QueryParam("roadmapItemId")
    @Parameter(description = "Give exactly one of productId, launchId, campaignId and roadmapItemId (a UUID); none or several is a 400")
    UUID roadmapItemId;

    /** The one subject asked for; 400 naming the parameters when none or several are given. */
    public Subject subject() {
        List<Subject> given = new ArrayList<>();
        add(given, SubjectType.PRODUCT, productId);
        add(given, SubjectType.LAUNCH, launchId);
        add(given, SubjectType.CAMPAIGN, campaignId);
        add(given, SubjectType.ROADMAP_ITEM, roadmapItemId);
        if (given.size() != 1) {
            throw ProblemException.badRequest("productId", ONE_OF + " (got " + given.size() + ")");
        }
        return given.get(0);
    }

    private static void add(List<Subject> given, SubjectType type, UUID id) {
        if (id != null) {
            given.add(new Subject(type, id));
        }
    }
}
