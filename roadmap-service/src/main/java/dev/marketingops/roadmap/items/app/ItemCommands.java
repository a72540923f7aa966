package dev.marketingops.roadmap.items.app;

import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.plumbing.transaction.TransactionLocks;
import dev.marketingops.roadmap.items.domain.DependencyGraph;
import dev.marketingops.roadmap.items.domain.ItemStatus;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.items.rest.ItemRequests;
import dev.marketingops.roadmap.products.domain.Product;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Adds, replans and moves roadmap items, enforcing dates, product, an acyclic dependency graph and the owner team. */
@ApplicationScoped
public class ItemCommands {

    /** The advisory lock's name, hashed to its key. */
    static final String DEPENDENCY_EDITS = "roadmap-service.item-dependencies";

    private final EntityManager em;
    private final Caller caller;
    private final TransactionLocks locks;

    public ItemCommands(EntityManager em, Caller caller, TransactionLocks locks) {
        this.em = em;
        this.caller = caller;
        this.locks = locks;
    }

    /** Adding an item changes the roadmap, so it is for the roadmap's owner team, and the item must be that team's too. */
    @Transactional
    public RoadmapItem create(UUID roadmapId, ItemRequests.ItemBody body) {
        Roadmap roadmap = Existing.orNotFound(Roadmap.<Roadmap>findById(roadmapId), "Roadmap", roadmapId);
        caller.requireOwnerTeam(roadmap.ownerTeam);
        caller.requireOwnerTeam(body.ownerTeam());
        RoadmapItem item = new RoadmapItem();
        item.id = UUID.randomUUID();
        item.roadmapId = roadmap.id;
        item.type = body.type();
        item.status = ItemStatus.PLANNED;
        item.productId = productOf(roadmap, body);
        apply(item, roadmap, body);
        item.persist();
        return item;
    }

    /** Replaces the item's plan under its row lock; its type and product stay, an open launch must stay inside. */
    @Transactional
    public RoadmapItem replan(UUID id, String ifMatch, ItemRequests.ItemBody body) {
        RoadmapItem item = lockedForWrite(id, ifMatch, body.ownerTeam());
        if (body.type() != item.type) {
            throw ProblemException.invalidField("type", "cannot change from " + item.type + " to " + body.type());
        }
        if (body.productId() != null && !body.productId().equals(item.productId)) {
            throw ProblemException.invalidField("productId", "an item cannot move to another product");
        }
        apply(item, Existing.orNotFound(Roadmap.<Roadmap>findById(item.roadmapId), "Roadmap", item.roadmapId), body);
        LocalDate launchDate = openLaunchDate(item.id);
        if (launchDate != null && !item.covers(launchDate)) {
            throw ProblemException.invalidField("endDate", "the item's launch on " + launchDate
                    + " would fall outside " + item.startDate + ".." + item.endDate);
        }
        RoadmapItem.flush();
        return item;
    }

    @Transactional
    public RoadmapItem changeStatus(UUID id, String ifMatch, ItemStatus status) {
        RoadmapItem item = lockedForWrite(id, ifMatch, null);
        item.status = item.status.moveTo(status);
        RoadmapItem.flush();
        return item;
    }

    /** The item under its row lock, for its owner team (and the team it is handed to), at the version the client saw. */
    private RoadmapItem lockedForWrite(UUID id, String ifMatch, String newOwnerTeam) {
        RoadmapItem item = Existing.orNotFound(RoadmapItem.lockedOrNull(id), "Roadmap item", id);
        caller.requireOwnerTeam(item.ownerTeam);
        if (newOwnerTeam != null) {
            caller.requireOwnerTeam(newOwnerTeam);
        }
        ETags.requireCurrent(ifMatch, item.version);
        return item;
    }

    private void apply(RoadmapItem item, Roadmap roadmap, ItemRequests.ItemBody body) {
        requireDates(roadmap, body.startDate(), body.endDate());
        if (!body.dependencyList().isEmpty()) {
            serialiseDependencyEdits();
        }
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

    /**
     * Until commit, no other edit that adds dependencies may check the graph: two replans checked side by side (A on B,
     * B on A) each saw the other's old state and stored a cycle. One lock for the whole graph, not per roadmap, because
     * an item may depend on items of other roadmaps; an edit with no dependencies cannot close a cycle and skips it.
     */
    private void serialiseDependencyEdits() {
        locks.hold(DEPENDENCY_EDITS);
    }

    /** Within the roadmap's fiscal year give or take {@link Roadmap#PLANNING_MARGIN_YEARS}, and in order. */
    private static void requireDates(Roadmap roadmap, LocalDate start, LocalDate end) {
        LocalDate first = roadmap.firstPlannableDay();
        LocalDate last = roadmap.lastPlannableDay();
        String span = "must lie between " + first + " and " + last + " (the roadmap's fiscal year " + roadmap.fiscalYear
                + ", give or take " + Roadmap.PLANNING_MARGIN_YEARS + " years)";
        List<Problem.FieldError> errors = new ArrayList<>();
        if (start.isBefore(first) || start.isAfter(last)) {
            errors.add(new Problem.FieldError("startDate", span));
        }
        if (end.isBefore(first) || end.isAfter(last)) {
            errors.add(new Problem.FieldError("endDate", span));
        }
        if (errors.isEmpty() && end.isBefore(start)) {
            errors.add(new Problem.FieldError("endDate", "must not be before startDate " + start));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
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

    /** Read natively, so items do not depend on the launches package. */
    private LocalDate openLaunchDate(UUID itemId) {
        List<?> dates = em.createNativeQuery("select cast(launch_date as text) from launch where item_id = ?1 and status <> 'CANCELLED'")
                .setParameter(1, itemId).getResultList();
        return dates.isEmpty() ? null : LocalDate.parse((String) dates.get(0));
    }
}
