package dev.marketingops.console.roadmap;

import dev.marketingops.console.feedback.FeedbackClient;
import dev.marketingops.console.kpis.MetricsClient;
import dev.marketingops.console.roadmap.RoadmapViews.Cancel;
import dev.marketingops.console.roadmap.RoadmapViews.Reschedule;
import dev.marketingops.console.session.CsrfToken;
import dev.marketingops.console.session.FormGuard;
import dev.marketingops.console.session.Session;
import dev.marketingops.console.web.ServiceProblem;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** One launch: what its fan-out created, KPIs against targets over time, NPS, and reschedule/complete/cancel. */
@Path("/launches/{id}")
@Produces(MediaType.TEXT_HTML)
public class LaunchPage {

    private final RoadmapClient roadmap;
    private final MetricsClient metrics;
    private final FeedbackClient feedback;
    private final Template launch;
    private final Session session;
    private final FormGuard guard;

    public LaunchPage(@RestClient RoadmapClient roadmap, @RestClient MetricsClient metrics,
                      @RestClient FeedbackClient feedback, Template launch, Session session, FormGuard guard) {
        this.guard = guard;
        this.roadmap = roadmap;
        this.metrics = metrics;
        this.feedback = feedback;
        this.launch = launch;
        this.session = session;
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id) {
        return show(id, null);
    }

    @POST
    @Path("/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String action,
                        @FormParam("launchDate") String launchDate, @FormParam("reason") String reason,
                        @FormParam(CsrfToken.FIELD) String csrfField) {
        guard.check(csrfField);
        try {
            switch (action) {
                case "reschedule" -> roadmap.reschedule(id, new Reschedule(date(launchDate), blank(reason)));
                case "complete" -> roadmap.complete(id);
                case "cancel" -> roadmap.cancel(id, new Cancel(reason == null || reason.isBlank() ? "Cancelled in the console" : reason.strip()));
                default -> {
                    return Response.status(404).build();
                }
            }
            return Response.seeOther(URI.create("/launches/" + id)).build();
        } catch (ServiceProblem problem) {
            return Response.status(problem.status()).entity(show(id, problem)).build();
        }
    }

    private TemplateInstance show(UUID id, ServiceProblem failed) {
        TemplateInstance view = launch.data("title", "Launch").data("liveSubject", id)
                .data("canEdit", session.canEditRoadmap());
        try {
            view.data("l", roadmap.launch(id));
        } catch (ServiceProblem problem) {
            return view.data("l", null).data("targets", List.of()).data("series", null).data("nps", null)
                    .data("problem", failed != null ? failed : problem);
        }
        ServiceProblem problem = failed;
        try {
            view.data("targets", metrics.targets("launch", id)).data("series", metrics.timeseries(null, id, null, null, null, "day"));
        } catch (ServiceProblem p) {
            view.data("targets", List.of()).data("series", null);
            problem = problem == null ? p : problem;
        }
        try {
            view.data("nps", feedback.nps(null, id, null, "week"));
        } catch (ServiceProblem p) {
            view.data("nps", null);
            problem = problem == null ? p : problem;
        }
        return view.data("problem", problem);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null; // The service names the field in its 400.
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
