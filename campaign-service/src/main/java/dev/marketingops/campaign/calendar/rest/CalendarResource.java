package dev.marketingops.campaign.calendar.rest;

import dev.marketingops.campaign.calendar.app.CampaignCalendar;
import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The campaign calendar: what runs when, per channel. */
@Path("/api/v1/campaigns/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class CalendarResource {

    /** A calendar is for planning, not for exporting everything at once. */
    private static final Duration MAX_WINDOW = Duration.ofDays(400);

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
        Instant start = parse("from", from);
        Instant end = parse("to", to);
        if (!end.isAfter(start)) {
            throw ProblemException.badRequest("to", "must be after from");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw ProblemException.badRequest("to", "the window may span at most " + MAX_WINDOW.toDays() + " days");
        }
        return CalendarView.of(start, end, calendar.between(start, end, team));
    }

    private static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field, "is required");
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be an ISO date like 2026-03-01 or an instant like 2026-03-01T00:00:00Z");
        }
    }
}
