package dev.marketingops.console.roadmap;

import dev.marketingops.console.roadmap.RoadmapViews.Objective;
import dev.marketingops.console.roadmap.RoadmapViews.Overview;
import dev.marketingops.console.roadmap.RoadmapViews.Product;
import dev.marketingops.console.roadmap.RoadmapViews.Roadmap;
import dev.marketingops.console.session.Session;
import dev.marketingops.console.web.ServiceProblem;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The roadmap timeline of one product and fiscal year, with launches, conflicts and objectives. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class RoadmapPage {

    private final RoadmapClient roadmaps;
    private final Template roadmap;
    private final Session session;

    public RoadmapPage(@RestClient RoadmapClient roadmaps, Template roadmap, Session session) {
        this.roadmaps = roadmaps;
        this.roadmap = roadmap;
        this.session = session;
    }

    /** The start: the first page the signed-in role can read. */
    @GET
    public Response home() {
        return Response.seeOther(URI.create(session.landing())).build();
    }

    @GET
    @Path("/roadmap")
    public TemplateInstance page(@QueryParam("productId") UUID productId, @QueryParam("roadmapId") UUID roadmapId,
                                 @QueryParam("by") String by) {
        return view(roadmap.instance(), productId, roadmapId, by);
    }

    /** Only the timeline section, for live refreshes. */
    @GET
    @Path("/roadmap/timeline")
    public TemplateInstance timeline(@QueryParam("productId") UUID productId, @QueryParam("roadmapId") UUID roadmapId,
                                     @QueryParam("by") String by) {
        return view(roadmap.getFragment("timeline").instance(), productId, roadmapId, by);
    }

    /** One round trip to roadmap-service: its overview picks the product and roadmap the same way the page did. */
    private TemplateInstance view(TemplateInstance page, UUID productId, UUID roadmapId, String by) {
        boolean quarters = "quarter".equalsIgnoreCase(by);
        page.data("title", "Roadmap");
        try {
            Overview o = roadmaps.overview(productId, roadmapId);
            Map<UUID, List<Objective>> objectives = o.objectives().stream()
                    .collect(Collectors.groupingBy(Objective::itemId, LinkedHashMap::new, Collectors.toList()));
            TimelineGrid grid = o.roadmap() == null ? null
                    : TimelineGrid.of(o.roadmap().fiscalYear(), quarters, o.items(), o.launches(), o.conflicts(), objectives);
            RoadmapView view = new RoadmapView(o.products(), o.product(), o.roadmaps(), o.roadmap(), grid,
                    quarters ? "quarter" : "month");
            return page.data("view", view).data("problem", null).data("liveSubject", o.product() == null ? null : o.product().id());
        } catch (ServiceProblem problem) {
            return page.data("view", RoadmapView.EMPTY).data("problem", problem);
        }
    }

    /** Everything the roadmap page shows. */
    public record RoadmapView(List<Product> products, Product product, List<Roadmap> roadmaps, Roadmap roadmap,
                              TimelineGrid grid, String by) {
        static final RoadmapView EMPTY = new RoadmapView(List.of(), null, List.of(), null, null, "month");
    }
}
