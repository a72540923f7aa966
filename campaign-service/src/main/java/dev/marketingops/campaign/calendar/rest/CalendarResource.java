package dev.marketingops.campaign.calendar.rest;

import dev.marketingops.campaign.calendar.app.CampaignCalendar;
import dev.marketingops.contracts.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The campaign calendar: what runs when, per channel. */
@Path("/api/v1/campaigns/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class CalendarResource {

    private final CampaignCalendar calendar;

    public CalendarResource(CampaignCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.CAMPAIGN_MANAGER, Roles.ROADMAP_EDITOR, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Campaigns overlapping [from, to), per channel")
    @APIResponse(responseCode = "200", description = "One lane per channel")
    @APIResponse(responseCode = "400", description = "Missing, unreadable or reversed range")
    public CalendarView calendar(
            @Parameter(description = "ISO date (2026-03-01, UTC midnight) or instant", example = "2026-03-01") @QueryParam("from") String from,
            @Parameter(description = "ISO date or instant, exclusive", example = "2026-04-01") @QueryParam("to") String to,
            @QueryParam("team") String team) {
        CalendarWindow window = CalendarWindow.parse(from, to);
        return CalendarView.of(window.from(), window.to(), calendar.between(window.from(), window.to(), team));
    }
}
