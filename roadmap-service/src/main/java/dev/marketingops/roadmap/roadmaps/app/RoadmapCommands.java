package dev.marketingops.roadmap.roadmaps.app;

import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.roadmap.products.domain.Product;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import dev.marketingops.roadmap.roadmaps.rest.RoadmapRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/** Creates roadmaps and changes their name and growth target, for their owner team only. */
@ApplicationScoped
public class RoadmapCommands {

    private final Caller caller;

    public RoadmapCommands(Caller caller) {
        this.caller = caller;
    }

    /** One roadmap per product (or portfolio) and fiscal year: a second one is 409. */
    @Transactional
    public Roadmap create(RoadmapRequests.NewRoadmap request) {
        caller.requireOwnerTeam(request.ownerTeam());
        if ((request.productId() == null) == (request.portfolio() == null)) {
            throw ProblemException.invalidField("productId", "give exactly one of productId and portfolio");
        }
        if (request.productId() != null) {
            // A roadmap under a product is the product's plan: only its team may add one (one per fiscal year, so
            // another team's would take the year from the owner).
            Product product = Existing.orInvalid(Product.<Product>findById(request.productId()), "productId", "Product",
                    request.productId());
            caller.requireOwnerTeam(product.ownerTeam);
        }
        boolean taken = request.productId() != null
                ? Roadmap.count("productId = ?1 and fiscalYear = ?2", request.productId(), request.fiscalYear()) > 0
                : Roadmap.count("portfolio = ?1 and fiscalYear = ?2", request.portfolio(), request.fiscalYear()) > 0;
        if (taken) {
            throw ProblemException.conflict("There is already a roadmap for fiscal year " + request.fiscalYear());
        }
        Roadmap roadmap = new Roadmap();
        roadmap.id = UUID.randomUUID();
        roadmap.name = request.name();
        roadmap.productId = request.productId();
        roadmap.portfolio = request.portfolio();
        roadmap.fiscalYear = request.fiscalYear();
        roadmap.growthTargetAmount = request.growthTarget().amount();
        roadmap.growthTargetCurrency = request.growthTarget().currency();
        roadmap.ownerTeam = request.ownerTeam();
        try {
            roadmap.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // A concurrent request won the unique (product or portfolio, fiscal year) index after our check.
            throw ProblemException.conflict("There is already a roadmap for fiscal year " + request.fiscalYear());
        }
        return roadmap;
    }

    /** Against the version the client saw ({@code ifMatch}); flushed, so the answer carries the new version. */
    @Transactional
    public Roadmap update(UUID id, String ifMatch, RoadmapRequests.RoadmapUpdate request) {
        // Under the row lock, as every other write: a concurrent update is then seen here (412 on a stale If-Match)
        // instead of failing the version check at flush (an undocumented 409).
        Roadmap roadmap = Existing.orNotFound(Roadmap.<Roadmap>findById(id, LockModeType.PESSIMISTIC_WRITE), "Roadmap", id);
        caller.requireOwnerTeam(roadmap.ownerTeam);
        ETags.requireCurrent(ifMatch, roadmap.version);
        roadmap.name = request.name();
        roadmap.growthTargetAmount = request.growthTarget().amount();
        roadmap.growthTargetCurrency = request.growthTarget().currency();
        Roadmap.flush();
        return roadmap;
    }
}
