package dev.marketingops.metrics.targets.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.targets.app.AnalystTargets;
import dev.marketingops.metrics.targets.app.TargetRules;
import dev.marketingops.metrics.targets.domain.KpiTarget;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.QueryValues;
import dev.marketingops.plumbing.rest.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** KPI targets per scope: from roadmap objectives (read-only here) and set by analysts. */
@Path("/api/v1/targets/{scope}/{scopeId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPI targets", description = "Targets that threshold events are measured against")
public class TargetResource {

    private final AnalystTargets analystTargets;

    public TargetResource(AnalystTargets analystTargets) {
        this.analystTargets = analystTargets;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.CAMPAIGN_MANAGER, Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "All targets of a campaign, launch or product")
    @APIResponse(responseCode = "200", description = "The targets, roadmap and analyst ones")
    public List<KpiTarget> list(@PathParam("scope") String scope, @PathParam("scopeId") String scopeId) {
        return analystTargets.ofScope(scope(scope), id(scopeId));
    }

    @PUT
    @Path("/{kpiKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Set an analyst's target for one KPI", description = "Send If-Match with the ETag to replace "
            + "an existing target safely; a stale one gets 412. Only analysts of the team that owns the campaign, launch "
            + "or product (or an admin) may; a scope whose owner metrics has not learned yet is for admins only. "
            + TargetRules.DESCRIBED)
    @APIResponse(responseCode = "200", description = "The stored target, with its ETag")
    @APIResponse(responseCode = "400", description = "Unknown scope or KPI, malformed id or body")
    @APIResponse(responseCode = "403", description = "Another team's campaign, launch or product, or its owner is not known yet")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "target or baseline outside the KPI's range, or the target not past "
            + "the baseline in its direction (errors[].field names it)")
    public RestResponse<KpiTarget> put(@PathParam("scope") String scope, @PathParam("scopeId") String scopeId,
                        @PathParam("kpiKey") String kpiKey, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull TargetRequest request) {
        KpiTarget stored = analystTargets.put(scope(scope), id(scopeId), key(kpiKey), ifMatch, request.direction(),
                request.target(), request.baseline(), request.dueDate());
        return Versioned.ok(stored, stored.version());
    }

    private static KpiScope scope(String value) {
        KpiScope scope = QueryValues.enumValue(KpiScope.class, value, "scope");
        if (scope == null) {
            throw ProblemException.badRequest("scope", "must be campaign, launch or product");
        }
        return scope;
    }

    private static UUID id(String value) {
        UUID id = QueryValues.uuid(value, "scopeId");
        if (id == null) {
            throw ProblemException.badRequest("scopeId", "must be a UUID");
        }
        return id;
    }

    private static KpiKey key(String value) {
        try {
            return KpiKey.fromWireName(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kpiKey", "unknown KPI, e.g. conversions, cpa, roas");
        }
    }
}
