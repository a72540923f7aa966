package dev.marketingops.console.feedback;

import dev.marketingops.console.feedback.FeedbackViews.Overview;
import dev.marketingops.console.feedback.FeedbackViews.Response;
import dev.marketingops.console.feedback.FeedbackViews.SemanticThemes;
import dev.marketingops.console.web.BearerForwarding;
import dev.marketingops.console.web.ProblemReader;
import dev.marketingops.console.web.ServiceCall;
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

/** feedback-service's public REST API: the overview (NPS and CSAT, themes, inbox page) and the inbox. */
@RegisterRestClient(configKey = "feedback")
@ServiceCall
@RegisterClientHeaders(BearerForwarding.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface FeedbackClient {

    /** NPS/CSAT by period, top themes and the inbox page the query asks for, in one round trip. */
    @GET
    @Path("/feedback-overview")
    Overview overview(@BeanParam InboxQuery query, @QueryParam("granularity") String granularity,
                      @QueryParam("themes") int themes);

    @GET
    @Path("/feedback")
    ServicePage<Response> inbox(@BeanParam InboxQuery query);

    /** Semantic themes of one subject (texts that say the same in other words), by frequency. */
    @GET
    @Path("/themes/semantic")
    SemanticThemes semanticThemes(@QueryParam("productId") UUID productId, @QueryParam("launchId") UUID launchId,
                                  @QueryParam("campaignId") UUID campaignId, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("limit") int limit);
}
