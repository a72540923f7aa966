package dev.marketingops.console.feedback;

import dev.marketingops.console.roadmap.RoadmapClient;
import dev.marketingops.console.roadmap.RoadmapViews.Product;
import dev.marketingops.console.web.ServiceProblem;
import dev.marketingops.contracts.common.FeedbackType;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** NPS and CSAT trends, top themes, sentiment, and the inbox of responses for a product, launch or campaign. */
@Path("/feedback")
@Produces(MediaType.TEXT_HTML)
public class FeedbackPage {

    static final List<String> TYPES = Arrays.stream(FeedbackType.values()).map(Enum::name).toList();
    static final List<String> BANDS = List.of("POSITIVE", "NEUTRAL", "NEGATIVE");

    private final FeedbackClient feedback;
    private final RoadmapClient roadmap;
    private final Template feedbackPage;

    public FeedbackPage(@RestClient FeedbackClient feedback, @RestClient RoadmapClient roadmap, Template feedbackPage) {
        this.feedback = feedback;
        this.roadmap = roadmap;
        this.feedbackPage = feedbackPage;
    }

    @GET
    public TemplateInstance page(@BeanParam InboxQuery query) {
        TemplateInstance view = feedbackPage.instance().data("title", "Feedback").data("types", TYPES).data("bands", BANDS);
        List<Product> products;
        try {
            products = roadmap.products(200).items();
        } catch (ServiceProblem problem) {
            products = List.of();
        }
        if (query.productId == null && query.launchId == null && query.campaignId == null && !products.isEmpty()) {
            query.productId = products.get(0).id();
        }
        view.data("products", products).data("q", query).data("liveSubject", subject(query));
        if (subject(query) == null) {
            return view.data("nps", null).data("themes", null).data("inbox", null).data("problem", null);
        }
        try {
            return inbox(view.data("nps", feedback.nps(query.productId, query.launchId, query.campaignId, "week"))
                    .data("themes", feedback.themes(query.productId, query.launchId, query.campaignId, 10)), query);
        } catch (ServiceProblem problem) {
            return view.data("nps", null).data("themes", null).data("inbox", null).data("problem", problem);
        }
    }

    /** Only the inbox, for live refreshes and paging. */
    @GET
    @Path("/inbox")
    public TemplateInstance inboxOnly(@BeanParam InboxQuery query) {
        TemplateInstance view = feedbackPage.getFragment("inbox").instance().data("q", query).data("types", TYPES)
                .data("bands", BANDS);
        try {
            return inbox(view, query);
        } catch (ServiceProblem problem) {
            return view.data("inbox", null).data("problem", problem);
        }
    }

    private TemplateInstance inbox(TemplateInstance view, InboxQuery query) {
        query.normalised();
        query.size = Math.min(Math.max(query.size, 1), 50);
        query.page = Math.max(query.page, 0);
        return view.data("inbox", feedback.inbox(query)).data("problem", null);
    }

    private static UUID subject(InboxQuery q) {
        return q.productId != null ? q.productId : q.launchId != null ? q.launchId : q.campaignId;
    }
}
