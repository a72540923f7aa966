package dev.marketingops.feedback.triage.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.triage.app.Triage;
import dev.marketingops.feedback.triage.app.TriageQueries;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feature-request triage: untriaged requests, link and unlink to roadmap items, merge duplicates, suggestions. */
@Path("/api/v1/feature-requests")
@Tag(name = "Feature-request triage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FEEDBACK_MANAGER, Roles.ADMIN})
public class TriageResource {

    private final Triage triage;
    private final TriageQueries queries;

    public TriageResource(Triage triage, TriageQueries queries) {
        this.triage = triage;
        this.queries = queries;
    }

    @GET
    @Path("/untriaged")
    @Operation(summary = "Feature requests not linked to a roadmap item (merged duplicates left out), newest first")
    @APIResponse(responseCode = "200", description = "A page of untriaged requests")
    @APIResponse(responseCode = "400", description = "Bad page or size")
    public Page<TriagedRequest> untriaged(@BeanParam PageRequest paging) {
        paging.validated();
        int page = paging.page();
        int size = paging.size();
        TriageQueries.Untriaged found = queries.untriaged(page, size);
        return new Page<>(found.requests().stream().map(r -> TriagedRequest.of(r.feedback(), r.voters())).toList(),
                page, size, found.total());
    }

    @PUT
    @Path("/{id}/roadmap-item")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link the request to a roadmap item (or move it to another); its voters vote there, each once")
    @APIResponse(responseCode = "200", description = "The request as linked; linking where it already is changes nothing")
    @APIResponse(responseCode = "400", description = "Malformed body, or roadmapItemId missing or not a UUID")
    @APIResponse(responseCode = "404", description = "No such feature request")
    @APIResponse(responseCode = "409", description = "The request was merged into another one")
    public TriagedRequest link(@PathParam("id") UUID id, @Valid @NotNull LinkBody body) {
        return view(triage.link(id, body.roadmapItemId()));
    }

    @DELETE
    @Path("/{id}/roadmap-item")
    @Operation(summary = "Unlink the request from its roadmap item; it is untriaged again")
    @APIResponse(responseCode = "200", description = "The request, now untriaged")
    @APIResponse(responseCode = "404", description = "No such feature request")
    @APIResponse(responseCode = "409", description = "Not linked, or merged into another request")
    public TriagedRequest unlink(@PathParam("id") UUID id) {
        return view(triage.unlink(id));
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge duplicates into this request; every voter is kept once")
    @APIResponse(responseCode = "200", description = "The target request with its voters")
    @APIResponse(responseCode = "400", description = "Malformed body, duplicates missing, empty or over 100")
    @APIResponse(responseCode = "404", description = "The target or a duplicate is no feature request")
    @APIResponse(responseCode = "409", description = "The target or a duplicate was already merged")
    @APIResponse(responseCode = "422", description = "duplicates naming the target itself")
    public TriagedRequest merge(@PathParam("id") UUID id, @Valid @NotNull MergeBody body) {
        return view(triage.merge(id, body.duplicates()));
    }

    @GET
    @Path("/{id}/suggestions")
    @Operation(summary = "Likely duplicates and likely roadmap items, by TF-IDF cosine similarity of the analysed texts")
    @APIResponse(responseCode = "200", description = "Suggestions, best first, each with a score 0..1")
    @APIResponse(responseCode = "400", description = "Bad limit")
    @APIResponse(responseCode = "404", description = "No such feature request")
    public SuggestionsView suggestions(@PathParam("id") UUID id,
                                       @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(50) int limit) {
        TriageQueries.Suggestions s = queries.suggest(id, limit);
        return new SuggestionsView(id,
                s.duplicates().stream().map(d -> new SuggestionsView.Duplicate(d.feedback().id, d.feedback().redactedText,
                        d.feedback().roadmapItemId, d.feedback().submittedAt, d.score())).toList(),
                s.items().stream().map(m -> new SuggestionsView.Item(m.key(), s.itemTitles().get(m.key()), m.score())).toList());
    }

    private static TriagedRequest view(Triage.Triaged triaged) {
        return TriagedRequest.of(triaged.request(), triaged.voters());
    }
}
