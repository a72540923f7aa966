package dev.marketingops.console.campaigns;

import dev.marketingops.console.campaigns.CampaignViews.Calendar;
import dev.marketingops.console.campaigns.CampaignViews.Campaign;
import dev.marketingops.console.campaigns.CampaignViews.Transition;
import dev.marketingops.console.web.BearerForwarding;
import dev.marketingops.console.web.ProblemReader;
import dev.marketingops.console.web.ServicePage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** campaign-service's public REST API, called with the signed-in person's token. */
@RegisterRestClient(configKey = "campaign")
@RegisterClientHeaders(BearerForwarding.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public interface CampaignClient {

    @GET
    ServicePage<Campaign> list(@QueryParam("status") String status, @QueryParam("channel") String channel,
                               @QueryParam("launchId") UUID launchId, @QueryParam("productId") UUID productId,
                               @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    Campaign get(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/history")
    List<Transition> history(@PathParam("id") UUID id);

    @GET
    @Path("/calendar")
    Calendar calendar(@QueryParam("from") String from, @QueryParam("to") String to);

    /** schedule, activate, pause, resume, complete or cancel; a bare POST is allowed by the service. */
    @POST
    @Path("/{id}/{action}")
    Campaign step(@PathParam("id") UUID id, @PathParam("action") String action);
}
