package dev.marketingops.console.campaigns;

import dev.marketingops.console.campaigns.CampaignViews.Campaign;
import dev.marketingops.console.campaigns.CampaignViews.CampaignOverview;
import dev.marketingops.console.campaigns.CampaignViews.CampaignsOverview;
import dev.marketingops.console.web.BearerForwarding;
import dev.marketingops.console.web.ProblemReader;
import dev.marketingops.console.web.ServiceCall;
import dev.marketingops.console.web.ServicePage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** campaign-service's public REST API, called with the signed-in person's token. */
@RegisterRestClient(configKey = "campaign")
@ServiceCall
@RegisterClientHeaders(BearerForwarding.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CampaignClient {

    /** A filtered page of campaigns (the KPI page's choice of active campaigns). */
    @GET
    @Path("/campaigns")
    ServicePage<Campaign> list(@QueryParam("status") String status, @QueryParam("channel") String channel,
                               @QueryParam("launchId") UUID launchId, @QueryParam("productId") UUID productId,
                               @QueryParam("page") int page, @QueryParam("size") int size);

    /** Up to 100 campaigns by id, comma-separated (the names of the campaigns an attribution table shows). */
    @GET
    @Path("/campaigns")
    ServicePage<Campaign> byIds(@QueryParam("ids") String ids, @QueryParam("size") int size);

    /** One campaign (the attribution section's name of a campaign's own KPIs). */
    @GET
    @Path("/campaigns/{id}")
    Campaign get(@PathParam("id") UUID id);

    /** The campaigns page's one read: a filtered list page and the calendar of [from, to). */
    @GET
    @Path("/campaign-overview")
    CampaignsOverview campaigns(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("page") int page, @QueryParam("size") int size);

    /** A campaign page's one read: the campaign and its history. */
    @GET
    @Path("/campaign-overview/{id}")
    CampaignOverview campaign(@PathParam("id") UUID id);

    /** schedule, activate, pause, resume, complete or cancel; a bare POST is allowed by the service. */
    @POST
    @Path("/campaigns/{id}/{action}")
    Campaign step(@PathParam("id") UUID id, @PathParam("action") String action);
}
