package dev.marketingops.console.roadmap;

import dev.marketingops.console.roadmap.RoadmapViews.Bucket;
import dev.marketingops.console.roadmap.RoadmapViews.Conflict;
import dev.marketingops.console.roadmap.RoadmapViews.Item;
import dev.marketingops.console.roadmap.RoadmapViews.Objective;
import dev.marketingops.console.roadmap.RoadmapViews.Product;
import dev.marketingops.console.roadmap.RoadmapViews.Roadmap;
import dev.marketingops.console.roadmap.RoadmapViews.TimelineLaunch;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The roadmap timeline of one product and fiscal year, with launches, conflicts and objectives. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class RoadmapPage {

    private final RoadmapClient roadmaps;
    private final Template roadmap;

    public RoadmapPage(@RestClient RoadmapClient roadmaps, Template roadmap) {
        this.roadmaps = roadmaps;
        this.roadmap = roadmap;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/roadmap")).build();
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

    private TemplateInstance view(TemplateInstance page, UUID productId, UUID roadmapId, String by) {
        boolean quarters = "quarter".equalsIgnoreCase(by);
        page.data("title", "Roadmap");
        try {
            List<Product> products = roadmaps.products(200).items();
            Product product = products.stream().filter(p -> p.id().equals(productId)).findFirst()
                    .orElse(products.isEmpty() ? null : products.get(0));
            List<Roadmap> list = product == null ? List.of() : roadmaps.roadmaps(product.id(), 200).items().stream()
                    .sorted(Comparator.comparingInt(Roadmap::fiscalYear).reversed()).toList();
            Roadmap chosen = list.stream().filter(r -> r.id().equals(roadmapId)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            RoadmapView view = new RoadmapView(products, product, list, chosen, chosen == null ? null : grid(chosen, quarters),
                    quarters ? "quarter" : "month");
            return page.data("view", view).data("problem", null).data("liveSubject", product == null ? null : product.id());
        } catch (ServiceProblem problem) {
            return page.data("view", RoadmapView.EMPTY).data("problem", problem);
        }
    }

    private TimelineGrid grid(Roadmap chosen, boolean quarters) {
        List<Item> items = roadmaps.items(chosen.id(), 200).items();
        List<TimelineLaunch> launches = roadmaps.timeline(chosen.id(), "month").buckets().stream()
                .map(Bucket::launches).flatMap(List::stream).toList();
        List<Conflict> conflicts = roadmaps.conflicts(chosen.id()).conflicts();
        Map<UUID, List<Objective>> objectives = new LinkedHashMap<>();
        for (Item item : items) {
            objectives.put(item.id(), roadmaps.objectives(item.id()));
        }
        return TimelineGrid.of(chosen.fiscalYear(), quarters, items, launches, conflicts, objectives);
    }

    /** Everything the roadmap page shows. */
    public record RoadmapView(List<Product> products, Product product, List<Roadmap> roadmaps, Roadmap roadmap,
                              TimelineGrid grid, String by) {
        static final RoadmapView EMPTY = new RoadmapView(List.of(), null, List.of(), null, null, "month");
    }
}
