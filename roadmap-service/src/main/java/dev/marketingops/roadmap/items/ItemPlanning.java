package dev.marketingops.roadmap.items;

import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.roadmap.products.domain.Product;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Creates and replans roadmap items, enforcing dates, product and an acyclic dependency graph. */
@ApplicationScoped
public class ItemPlanning {

    private final EntityManager em;
    private final Caller caller;

    public ItemPlanning(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** Adding an item changes the roadmap, so it is for the roadmap's owner team, and the item must be that team's too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoadmapItem create(Roadmap roadmap, ItemRequests.ItemBody body) {
        caller.requireOwnerTeam(roadmap.ownerTeam);
        caller.requireOwnerTeam(body.ownerTeam());
        RoadmapItem item = new RoadmapItem();
        item.id = UUID.randomUUID();
        item.roadmapId = roadmap.id;
        item.type = body.type();
        item.status = ItemStatus.PLANNED;
        item.productId = productOf(roadmap, body);
        apply(item, body);
        item.persist();
        return item;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void replan(RoadmapItem item, ItemRequests.ItemBody body) {
        if (body.type() != item.type) {
            throw ProblemException.invalidField("type", "cannot change from " + item.type + " to " + body.type());
        }
        if (body.productId() != null && !body.productId().equals(item.productId)) {
            throw ProblemException.invalidField("productId", "an item cannot move to another product");
        }
        apply(item, body);
        LocalDate launchDate = openLaunchDate(item.id);
        if (launchDate != null && !item.covers(launchDate)) {
            throw ProblemException.invalidField("endDate", "the item's launch on " + launchDate
                    + " would fall outside " + item.startDate + ".." + item.endDate);
        }
    }

    private void apply(RoadmapItem item, ItemRequests.ItemBody body) {
        requireDates(body.startDate(), body.endDate());
        new DependencyGraph(this::dependenciesOf).requireAcyclic(item.id, body.dependencyList());
        item.title = body.title();
        item.description = body.description();
        item.ownerTeam = body.ownerTeam();
        item.startDate = body.startDate();
        item.endDate = body.endDate();
        item.channels = new ArrayList<>(body.channelList());
        item.audienceSegments = new ArrayList<>(body.segmentList());
        item.dependsOn = new ArrayList<>(body.dependencyList());
    }

    private static void requireDates(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw ProblemException.invalidFields(List.of(new Problem.FieldError("endDate",
                    "must not be before startDate " + start)));
        }
    }

    private UUID productOf(Roadmap roadmap, ItemRequests.ItemBody body) {
        if (body.productId() == null) {
            if (roadmap.productId == null) {
                throw ProblemException.invalidField("productId", "required on a portfolio roadmap");
            }
            return roadmap.productId;
        }
        if (roadmap.productId != null && !roadmap.productId.equals(body.productId())) {
            throw ProblemException.invalidField("productId", "must be the roadmap's product " + roadmap.productId);
        }
        return Existing.orInvalid(Product.<Product>findById(body.productId()), "productId", "Product", body.productId()).id;
    }

    private List<UUID> dependenciesOf(UUID id) {
        RoadmapItem item = RoadmapItem.findById(id);
        return item == null ? null : item.dependsOn;
    }

    private LocalDate openLaunchDate(UUID itemId) {
        List<?> dates = em.createNativeQuery("select cast(launch_date as text) from launch where item_id = ?1 and status <> 'CANCELLED'")
                .setParameter(1, itemId).getResultList();
        return dates.isEmpty() ? null : LocalDate.parse((String) dates.get(0));
    }
}
