package dev.marketingops.console.roadmap;

import dev.marketingops.console.roadmap.RoadmapViews.Cancel;
import dev.marketingops.console.roadmap.RoadmapViews.Launch;
import dev.marketingops.console.roadmap.RoadmapViews.Overview;
import dev.marketingops.console.roadmap.RoadmapViews.Product;
import dev.marketingops.console.roadmap.RoadmapViews.Reschedule;
import dev.marketingops.console.web.BearerForwarding;
import dev.marketingops.console.web.ProblemReader;
import dev.marketingops.console.web.ServiceCall;
import dev.marketingops.console.web.ServicePage;
import jakarta.ws.rs.Consumes;
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

/** roadmap-service's public REST API, called with the signed-in person's token. */
@RegisterRestClient(configKey = "roadmap")
@ServiceCall
@RegisterClientHeaders(BearerForwarding.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RoadmapClient {

    @GET
    @Path("/products")
    ServicePage<Product> products(@QueryParam("size") int size);

    /** Products, the product's roadmaps, and the chosen roadmap's items, launches, conflicts and objectives. */
    @GET
    @Path("/roadmap-overview")
    Overview overview(@QueryParam("productId") UUID productId, @QueryParam("roadmapId") UUID roadmapId);

    @GET
    @Path("/launches/{id}")
    Launch launch(@PathParam("id") UUID id);

    @POST
    @Path("/launches/{id}/reschedule")
    Launch reschedule(@PathParam("id") UUID id, Reschedule request);

    @POST
    @Path("/launches/{id}/launch")
    Launch markLaunched(@PathParam("id") UUID id);

    @POST
    @Path("/launches/{id}/complete")
    Launch complete(@PathParam("id") UUID id);

    @POST
    @Path("/launches/{id}/cancel")
    Launch cancel(@PathParam("id") UUID id, Cancel request);
}
