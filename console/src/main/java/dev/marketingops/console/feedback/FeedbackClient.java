package dev.marketingops.console.feedback;

import dev.marketingops.console.feedback.FeedbackViews.NpsReport;
import dev.marketingops.console.feedback.FeedbackViews.Response;
import dev.marketingops.console.feedback.FeedbackViews.Themes;
import dev.marketingops.console.web.BearerForwarding;
import dev.marketingops.console.web.ProblemReader;
import dev.marketingops.console.web.ServicePage;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** feedback-service's public REST API: NPS and CSAT, themes, and the inbox. */
@RegisterRestClient(configKey = "feedback")
@RegisterClientHeaders(BearerForwarding.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface FeedbackClient {

    @GET
    @Path("/nps")
    NpsReport nps(@QueryParam("productId") UUID productId, @QueryParam("launchId") UUID launchId,
                  @QueryParam("campaignId") UUID campaignId, @QueryParam("granularity") String granularity);

    @GET
    @Path("/themes")
    Themes themes(@QueryParam("productId") UUID productId, @QueryParam("launchId") UUID launchId,
                  @QueryParam("campaignId") UUID campaignId, @QueryParam("limit") int limit);

    @GET
    @Path("/feedback")
    ServicePage<Response> inbox(@BeanParam InboxQuery query);
}
