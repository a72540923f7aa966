package dev.marketingops.plumbing.testapp;

import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.RequiredBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Echoes a schedule as read, so tests see exactly what the strict body reading let through. */
@Path("/api/v1/trial-schedules")
public class TrialScheduleResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    public TrialSchedule echo(@RequiredBody TrialSchedule schedule) {
        return schedule;
    }
}
