package dev.marketingops.plumbing.testapp;

import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.contracts.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** REST surface of the plumbing test app: state changes that announce themselves through the outbox. */
@Path("/api/v1/trial-launches")
public class TrialLaunchResource {

    private final Outbox outbox;
    private final Caller caller;

    public TrialLaunchResource(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    public Map<String, Object> create(@Valid TrialLaunchRequest request) {
        TrialLaunch launch = new TrialLaunch();
        launch.id = UUID.randomUUID();
        launch.name = request.name();
        launch.ownerTeam = request.ownerTeam();
        launch.status = "PLANNED";
        launch.persist();
        return Map.of("id", launch.id);
    }

    /** Completes the launch and announces it; {@code fail=true} fails after emitting, so the transaction rolls back. */
    @POST
    @Path("/{id}/complete")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    public Map<String, Object> complete(@PathParam("id") UUID id, @QueryParam("fail") boolean fail) {
        TrialLaunch launch = TrialLaunch.findById(id);
        if (launch == null) {
            throw ProblemException.notFound("Trial launch", id);
        }
        caller.requireOwnerTeam(launch.ownerTeam);
        if (!"PLANNED".equals(launch.status)) {
            throw ProblemException.illegalTransition("Trial launch", launch.status, "COMPLETED", List.of());
        }
        launch.status = "COMPLETED";
        UUID eventId = outbox.emit(new LaunchCompleted(id, id, id, Instant.now()));
        if (fail) {
            throw ProblemException.conflict("Failing on purpose after emitting " + eventId);
        }
        return Map.of("id", id, "eventId", eventId);
    }

    /** Re-opens a completed launch so tests can emit many events for one key. */
    @POST
    @Path("/{id}/reopen")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    public Map<String, Object> reopen(@PathParam("id") UUID id) {
        TrialLaunch launch = TrialLaunch.findById(id);
        if (launch == null) {
            throw ProblemException.notFound("Trial launch", id);
        }
        launch.status = "PLANNED";
        return Map.of("id", id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.ADMIN})
    public TrialLaunch get(@PathParam("id") UUID id) {
        TrialLaunch launch = TrialLaunch.findById(id);
        if (launch == null) {
            throw ProblemException.notFound("Trial launch", id);
        }
        return launch;
    }

    /** Declares JSON like a resource class would for its writes, so a read carrying another Content-Type is tested. */
    @GET
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.ADMIN})
    public List<TrialLaunch> list(@QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return TrialLaunch.findAll().page(0, limit == null ? 20 : limit).list();
    }

    /** Carries no role annotation: the security defaults must deny it. */
    @GET
    @Path("/unguarded")
    public String unguarded() {
        return "should never be served";
    }
}
