package dev.marketingops.console.kpis;

import dev.marketingops.console.campaigns.CampaignClient;
import dev.marketingops.console.campaigns.CampaignViews.Campaign;
import dev.marketingops.console.web.ConcurrentReads;
import dev.marketingops.console.web.ServiceProblem;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** KPI time series and the journey funnel of a campaign, launch or product, plotted with a table beside each plot. */
@Path("/kpis")
@Produces(MediaType.TEXT_HTML)
public class KpisPage {

    private final MetricsClient metrics;
    private final CampaignClient campaigns;
    private final Template kpis;
    private final ConcurrentReads reads;

    public KpisPage(@RestClient MetricsClient metrics, @RestClient CampaignClient campaigns, Template kpis,
                    ConcurrentReads reads) {
        this.metrics = metrics;
        this.campaigns = campaigns;
        this.kpis = kpis;
        this.reads = reads;
    }

    @GET
    public TemplateInstance page(@QueryParam("scope") String scope, @QueryParam("id") String id,
                                 @QueryParam("granularity") String granularity, @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        TemplateInstance view = kpis.instance().data("title", "KPIs");
        List<Campaign> choices;
        try {
            choices = campaigns.list("ACTIVE", null, null, null, 0, 100).items();
        } catch (ServiceProblem problem) {
            choices = List.of();
        }
        // Without an id typed, the first active campaign is shown; a typed id that is not one is said on the form.
        String chosen = id != null && !id.isBlank() ? id : choices.isEmpty() ? null : choices.get(0).id().toString();
        return figures(view.data("campaigns", choices), KpiScope.parse(scope, chosen, granularity, from, to));
    }

    /** Only the plots and tables, for live refreshes. */
    @GET
    @Path("/figures")
    public TemplateInstance live(@QueryParam("scope") String scope, @QueryParam("id") String id,
                                 @QueryParam("granularity") String granularity, @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        return figures(kpis.getFragment("figures").instance(), KpiScope.parse(scope, id, granularity, from, to));
    }

    private TemplateInstance figures(TemplateInstance view, KpiScope scope) {
        view.data("scope", scope).data("liveSubject", scope.id());
        if (!scope.ready()) {
            return view.data("series", null).data("funnel", null).data("problem", null);
        }
        try {
            var overview = metrics.overview(scope.campaignId(), scope.launchId(), scope.productId(),
                    scope.fromParam(), scope.toParam(), scope.granularity());
            return view.data("series", overview.series()).data("funnel", overview.funnel()).data("problem", null);
        } catch (ServiceProblem problem) {
            return view.data("series", null).data("funnel", null).data("problem", problem);
        }
    }

    /**
     * The attribution comparison, loaded by the page after it shows: a second metrics read, so a request of its own
     * (the page itself asks metrics once), with one campaign-service read at the same time for the campaigns' names.
     */
    @GET
    @Path("/attribution")
    public TemplateInstance attribution(@QueryParam("scope") String scope, @QueryParam("id") String id,
                                        @QueryParam("from") String from, @QueryParam("to") String to) {
        KpiScope s = KpiScope.parse(scope, id, null, from, to);
        TemplateInstance view = kpis.getFragment("attribution").instance().data("scope", s);
        if (!s.ready()) {
            return view.data("attribution", null).data("journeyProblem", unready(s));
        }
        ConcurrentReads.Read<CampaignNames> names = reads.start(() -> CampaignNames.read(campaigns, s));
        try {
            var answer = metrics.attribution(s.campaignId(), s.launchId(), s.productId(), s.fromParam(), s.toParam(), "all");
            // The scope's first page of campaigns came with the answer; any campaign the answer credits beyond it is
            // looked up by id, so every row is named.
            CampaignNames named = names.get().with(answer.campaignIds(), campaigns, reads);
            return view.data("attribution", AttributionComparison.of(answer, named)).data("journeyProblem", null);
        } catch (ServiceProblem problem) {
            return view.data("attribution", null).data("journeyProblem", problem);
        }
    }

    /** The people funnel beside the event funnel, in a request of its own for the same reason. */
    @GET
    @Path("/people-funnel")
    public TemplateInstance peopleFunnel(@QueryParam("scope") String scope, @QueryParam("id") String id,
                                         @QueryParam("from") String from, @QueryParam("to") String to) {
        KpiScope s = KpiScope.parse(scope, id, null, from, to);
        TemplateInstance view = kpis.getFragment("people").instance().data("scope", s);
        if (!s.ready()) {
            return view.data("people", null).data("journeyProblem", unready(s));
        }
        try {
            return view.data("people", metrics.peopleFunnel(s.campaignId(), s.launchId(), s.productId(), s.fromParam(),
                    s.toParam(), "people")).data("journeyProblem", null);
        } catch (ServiceProblem problem) {
            return view.data("people", null).data("journeyProblem", problem);
        }
    }

    /** A section asked for with a scope the form would refuse (only a hand-made address does that). */
    private static ServiceProblem unready(KpiScope s) {
        return new ServiceProblem(400, "Nothing to show",
                s.error() == null ? "Choose a campaign, launch or product." : s.error().message(), List.of());
    }
}
