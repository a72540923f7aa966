package dev.marketingops.feedback.alerts.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.alerts.app.AlertDeliveryQueries;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Alert deliveries to webhooks; {@code status=DEAD} lists the dead letters (all attempts failed). */
@Path("/api/v1/alert-deliveries")
@Tag(name = "Alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FEEDBACK_MANAGER, Roles.ADMIN})
public class AlertDeliveryResource {

    private final AlertDeliveryQueries queries;

    public AlertDeliveryResource(AlertDeliveryQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Webhook deliveries of alerts, newest first: status, attempts, next attempt, last error (no payload)")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "Bad status, eventId, page or size")
    public Page<AlertDelivery> list(
            @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|DEAD", message = "must be PENDING, DELIVERED or DEAD") String status,
            @QueryParam("eventId") UUID eventId,
            @BeanParam PageRequest paging) {
        paging.validated();
        return queries.list(status, eventId, paging.page(), paging.size()).map(AlertDelivery::of);
    }
}
