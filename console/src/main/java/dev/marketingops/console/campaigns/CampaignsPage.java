package dev.marketingops.console.campaigns;

import dev.marketingops.console.campaigns.CampaignViews.Calendar;
import dev.marketingops.console.campaigns.CampaignViews.Campaign;
import dev.marketingops.console.campaigns.CampaignViews.CampaignOverview;
import dev.marketingops.console.campaigns.CampaignViews.CampaignsOverview;
import dev.marketingops.console.session.CsrfToken;
import dev.marketingops.console.session.FormGuard;
import dev.marketingops.console.session.Session;
import jakarta.ws.rs.FormParam;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.console.web.ServicePage;
import dev.marketingops.console.web.ServiceProblem;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The campaign calendar and list, and one campaign with its history, budget and the actions the role may take. */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
public class CampaignsPage {

    static final List<String> STATUSES = java.util.Arrays.stream(CampaignStatus.values()).map(Enum::name).toList();
    static final Set<String> ACTIONS = Set.of("schedule", "activate", "pause", "resume", "complete", "cancel");

    private final CampaignClient campaigns;
    private final Template campaignList;
    private final Template campaign;
    private final Session session;
    private final Clock clock;
    private final FormGuard guard;

    public CampaignsPage(@RestClient CampaignClient campaigns, Template campaignList, Template campaign, Session session,
                         Clock clock, FormGuard guard) {
        this.guard = guard;
        this.campaigns = campaigns;
        this.campaignList = campaignList;
        this.campaign = campaign;
        this.session = session;
        this.clock = clock;
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                 @QueryParam("month") String month, @QueryParam("page") @DefaultValue("0") int page) {
        YearMonth shown = CalendarMonth.of(month, clock);
        TemplateInstance view = campaignList.data("title", "Campaigns").data("status", blank(status))
                .data("channel", blank(channel)).data("month", shown.toString()).data("statuses", STATUSES)
                .data("channels", java.util.Arrays.stream(Channel.values()).map(Enum::name).toList())
                .data("previousMonth", shown.minusMonths(1).toString()).data("nextMonth", shown.plusMonths(1).toString());
        try {
            CampaignsOverview found = campaigns.campaigns(blank(status), blank(channel), shown.atDay(1).toString(),
                    shown.plusMonths(1).atDay(1).toString(), Math.max(0, page), 20);
            return view.data("campaigns", found.campaigns()).data("calendar", found.calendar()).data("problem", null);
        } catch (ServiceProblem problem) {
            return view.data("campaigns", new ServicePage<Campaign>(List.of(), 0, 20, 0))
                    .data("calendar", new Calendar(null, null, List.of())).data("problem", problem);
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance one(@PathParam("id") UUID id) {
        return show(campaign.instance(), id, null);
    }

    /** Only the campaign's status, budget and history, for live refreshes. */
    @GET
    @Path("/{id}/live")
    public TemplateInstance live(@PathParam("id") UUID id) {
        return show(campaign.getFragment("state").instance(), id, null);
    }

    @POST
    @Path("/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") UUID id, @PathParam("action") String action,
                         @FormParam(CsrfToken.FIELD) String csrfField) {
        guard.check(csrfField);
        if (!ACTIONS.contains(action)) {
            return Response.status(404).build();
        }
        try {
            campaigns.step(id, action);
            return Response.seeOther(URI.create("/campaigns/" + id)).build();
        } catch (ServiceProblem problem) {
            // The service's refusal (403 for a role or team, 409 for a state) is shown on the campaign's own page.
            return Response.status(problem.status())
                    .entity(show(campaign.instance(), id, problem).data("location", "/campaigns/" + id)).build();
        }
    }

    private TemplateInstance show(TemplateInstance view, UUID id, ServiceProblem failed) {
        view.data("title", "Campaign").data("liveSubject", id).data("canAct", session.canRunCampaigns());
        try {
            CampaignOverview found = campaigns.campaign(id);
            return view.data("c", found.campaign()).data("history", found.history()).data("problem", failed);
        } catch (ServiceProblem problem) {
            return view.data("c", null).data("history", List.of()).data("problem", failed != null ? failed : problem);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
