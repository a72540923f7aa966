package dev.marketingops.console.kpis;

import dev.marketingops.console.kpis.KpiViews.Overview;
import dev.marketingops.console.web.BearerForwarding;
import dev.marketingops.console.web.ProblemReader;
import dev.marketingops.console.web.ServiceCall;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** metrics-service's public REST API (exactly one of campaignId, launchId, productId per call). */
@RegisterRestClient(configKey = "metrics")
@ServiceCall
@RegisterClientHeaders(BearerForwarding.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface MetricsClient {

    /** The series, the funnel and the targets of one scope and range, in one round trip. */
    @GET
    @Path("/kpis/overview")
    Overview overview(@QueryParam("campaignId") UUID campaignId, @QueryParam("launchId") UUID launchId,
                      @QueryParam("productId") UUID productId, @QueryParam("from") String from,
                      @QueryParam("to") String to, @QueryParam("granularity") String granularity);

    /** Every attribution model side by side over the scope's journeys (model=all). */
    @GET
    @Path("/attribution")
    JourneyViews.Attribution attribution(@QueryParam("campaignId") UUID campaignId, @QueryParam("launchId") UUID launchId,
                                         @QueryParam("productId") UUID productId, @QueryParam("from") String from,
                                         @QueryParam("to") String to, @QueryParam("model") String model);

    /** Distinct customers per journey stage, in order (mode=people). */
    @GET
    @Path("/funnel")
    JourneyViews.PeopleFunnel peopleFunnel(@QueryParam("campaignId") UUID campaignId, @QueryParam("launchId") UUID launchId,
                                           @QueryParam("productId") UUID productId, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("mode") String mode);
}
