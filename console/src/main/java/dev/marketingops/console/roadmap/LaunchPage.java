package dev.marketingops.console.roadmap;

import dev.marketingops.console.feedback.FeedbackClient;
import dev.marketingops.console.feedback.FeedbackViews;
import dev.marketingops.console.feedback.InboxQuery;
import dev.marketingops.console.kpis.KpiViews.Overview;
import dev.marketingops.console.kpis.MetricsClient;
import dev.marketingops.console.roadmap.RoadmapViews.Cancel;
import dev.marketingops.console.roadmap.RoadmapViews.Reschedule;
import dev.marketingops.console.session.CsrfToken;
import dev.marketingops.console.session.FormGuard;
import dev.marketingops.console.session.Session;
import dev.marketingops.console.web.ConcurrentReads;
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

/**
 * One launch: what its fan-out created, KPIs against targets over time, NPS and feature requests, and
 * reschedule/launch/complete/cancel for roadmap editors, as the launch's status allows.
 */
@Path("/launches/{id}")
@Produces(MediaType.TEXT_HTML)
public class LaunchPage {

    private final RoadmapClient roadmap;
    private final MetricsClient metrics;
    private final FeedbackClient feedback;
    private final Template launch;
    private final Session session;
    private final FormGuard guard;
    private final ConcurrentReads reads;

    public LaunchPage(@RestClient RoadmapClient roadmap, @RestClient MetricsClient metrics,
                      @RestClient FeedbackClient feedback, Template launch, Session session, FormGuard guard,
                      ConcurrentReads reads) {
        this.guard = guard;
        this.reads = reads;
        this.roadmap = roadmap;
        this.metrics = metrics;
        this.feedback = feedback;
        this.launch = launch;
        this.session = session;
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id) {
        return show(id, null).data("typed", Typed.NONE);
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
                case "launch" -> roadmap.markLaunched(id);
                case "complete" -> roadmap.complete(id);
                case "cancel" -> roadmap.cancel(id, new Cancel(reason == null || reason.isBlank() ? "Cancelled in the console" : reason.strip()));
                default -> {
                    return Response.status(404).build();
                }
            }
            return Response.seeOther(URI.create("/launches/" + id)).build();
        } catch (ServiceProblem problem) {
            // The page again with what was typed, the service's word next to its field, and the launch's own address.
            TemplateInstance page = show(id, problem).data("typed", new Typed(action, launchDate, reason, problem))
                    .data("location", "/launches/" + id);
            return Response.status(problem.status()).entity(page).build();
        }
    }

    /**
     * One call per service, all at once: roadmap's launch, metrics' overview, and feedback's overview for roles that
     * may read feedback (for the others the section is left out, not shown as a refusal).
     */
    private TemplateInstance show(UUID id, ServiceProblem failed) {
        boolean voice = session.canReadFeedback();
        boolean counted = session.canReadKpis();
        TemplateInstance view = launch.data("title", "Launch").data("liveSubject", id)
                .data("canEdit", session.canEditRoadmap()).data("voice", voice);
        ConcurrentReads.Read<RoadmapViews.Launch> found = reads.start(() -> roadmap.launch(id));
        ConcurrentReads.Read<Overview> kpis = counted
                ? reads.start(() -> metrics.overview(null, id, null, null, null, "day")) : null;
        ConcurrentReads.Read<FeedbackViews.Overview> about = voice
                ? reads.start(() -> feedback.overview(featureRequests(id), "week", 5)) : null;
        try {
            view.data("l", found.get());
        } catch (ServiceProblem problem) {
            return view.data("l", null).data("tracks", List.of()).data("series", null).data("nps", null)
                    .data("requests", null).data("kpisRefused", false).data("problem", failed != null ? failed : problem);
        }
        ServiceProblem problem = failed;
        // A section the role may not read says so in place, rather than looking empty ("no targets") under an alert.
        boolean refused = !counted;
        try {
            Overview figures = kpis == null ? null : kpis.get();
            view.data("tracks", figures == null ? List.of() : TargetTrack.of(figures.targets(), figures.series()))
                    .data("series", figures == null ? null : figures.series());
        } catch (ServiceProblem p) {
            view.data("tracks", List.of()).data("series", null);
            refused = p.status() == 403;
            problem = problem == null && !refused ? p : problem;
        }
        view.data("kpisRefused", refused);
        try {
            FeedbackViews.Overview heard = about == null ? null : about.get();
            view.data("nps", heard == null ? null : heard.nps()).data("requests", heard == null ? null : heard.inbox());
        } catch (ServiceProblem p) {
            view.data("nps", null).data("requests", null);
            // Feedback refused to this role: the section is left out, as for roles the console knows cannot read it.
            view.data("voice", voice && p.status() != 403);
            problem = problem == null && p.status() != 403 ? p : problem;
        }
        return view.data("problem", problem);
    }

    /** The launch's newest feature requests: the inbox part of feedback's overview of the launch. */
    private static InboxQuery featureRequests(UUID launchId) {
        InboxQuery query = new InboxQuery();
        query.launchId = launchId;
        query.type = "FEATURE_REQUEST";
        query.size = 5;
        return query;
    }

    /** What a refused form held, shown again, and the service's messages about its fields. */
    public record Typed(String action, String launchDate, String reason, ServiceProblem problem) {
        static final Typed NONE = new Typed("", null, null, null);

        public String rescheduleDate() {
            return "reschedule".equals(action) && launchDate != null ? launchDate : "";
        }

        public String rescheduleReason() {
            return "reschedule".equals(action) && reason != null ? reason : "";
        }

        public String cancelReason() {
            return "cancel".equals(action) && reason != null ? reason : "";
        }

        public String dateError() {
            return error("reschedule", "launchDate");
        }

        public String rescheduleReasonError() {
            return error("reschedule", "reason");
        }

        public String cancelReasonError() {
            return error("cancel", "reason");
        }

        private String error(String form, String field) {
            return problem == null || !form.equals(action) ? null : problem.about(field);
        }
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
