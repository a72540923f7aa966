package dev.marketingops.console.feedback;

import dev.marketingops.console.roadmap.RoadmapClient;
import dev.marketingops.console.roadmap.RoadmapViews.Product;
import dev.marketingops.console.web.ConcurrentReads;
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
    static final int SEMANTIC_THEMES = 6;

    private final FeedbackClient feedback;
    private final RoadmapClient roadmap;
    private final Template feedbackPage;
    private final ConcurrentReads reads;

    public FeedbackPage(@RestClient FeedbackClient feedback, @RestClient RoadmapClient roadmap, Template feedbackPage,
                        ConcurrentReads reads) {
        this.reads = reads;
        this.feedback = feedback;
        this.roadmap = roadmap;
        this.feedbackPage = feedbackPage;
    }

    @GET
    public TemplateInstance page(@BeanParam InboxQuery query) {
        TemplateInstance view = feedbackPage.instance().data("title", "Feedback").data("types", TYPES).data("bands", BANDS);
        // With a subject given, both services are asked at once; without, the first product becomes the subject.
        bounded(query);
        boolean given = subject(query) != null;
        ConcurrentReads.Read<FeedbackViews.Overview> overview = given ? reads.start(() -> overview(query)) : null;
        List<Product> products = List.of();
        ServiceProblem productsProblem = null; // shown when there is no subject: "no product yet" would not be true
        try {
            products = roadmap.products(200).items();
        } catch (ServiceProblem problem) {
            productsProblem = problem;
        }
        if (!given && !products.isEmpty()) {
            query.productId = products.get(0).id();
        }
        view.data("products", products).data("q", query).data("liveSubject", subject(query));
        if (subject(query) == null) {
            return view.data("nps", null).data("themes", null).data("inbox", null).data("problem", productsProblem);
        }
        try {
            FeedbackViews.Overview found = given ? overview.get() : overview(query);
            return view.data("nps", found.nps()).data("themes", found.themes()).data("inbox", found.inbox())
                    .data("problem", null);
        } catch (ServiceProblem problem) {
            return view.data("nps", null).data("themes", null).data("inbox", null).data("problem", problem);
        }
    }

    private FeedbackViews.Overview overview(InboxQuery query) {
        return feedback.overview(query, "week", 10);
    }

    /**
     * The semantic themes, loaded by the page after it shows (htmx), so the page itself still asks feedback-service
     * once: this is the second feedback read, in a request of its own.
     */
    @GET
    @Path("/semantic-themes")
    public TemplateInstance semanticThemes(@BeanParam InboxQuery query) {
        bounded(query);
        TemplateInstance view = feedbackPage.getFragment("semantic").instance().data("q", query);
        try {
            return view.data("semantic", feedback.semanticThemes(query.productId, query.launchId, query.campaignId,
                    query.from, query.to, SEMANTIC_THEMES)).data("semanticProblem", null);
        } catch (ServiceProblem problem) {
            return view.data("semantic", null).data("semanticProblem", problem);
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
        return view.data("inbox", feedback.inbox(bounded(query))).data("problem", null);
    }

    /** Empty filters dropped, and the page and size kept to what the page shows. */
    private static InboxQuery bounded(InboxQuery query) {
        query.normalised();
        query.size = Math.min(Math.max(query.size, 1), 50);
        query.page = Math.max(query.page, 0);
        return query;
    }

    private static UUID subject(InboxQuery q) {
        return q.productId != null ? q.productId : q.launchId != null ? q.launchId : q.campaignId;
    }
}
