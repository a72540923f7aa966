package dev.marketingops.roadmap.products.app;

import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.roadmap.products.domain.Product;
import dev.marketingops.roadmap.products.domain.ProductStageChange;
import dev.marketingops.roadmap.products.domain.ProductWithHistory;
import dev.marketingops.roadmap.products.rest.ProductRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Creates products and moves them between lifecycle stages, recording each change with its date and announcing it. */
@ApplicationScoped
public class ProductCommands {

    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public ProductCommands(Caller caller, Outbox outbox, Clock clock) {
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new product in its first stage, recorded and announced with no previous stage; own team only unless admin. */
    @Transactional
    public ProductWithHistory create(ProductRequests.NewProduct request) {
        caller.requireOwnerTeam(request.ownerTeam());
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.name = request.name();
        product.ownerTeam = request.ownerTeam();
        LocalDate on = request.stageChangedOn() == null ? LocalDate.now(clock) : request.stageChangedOn();
        product.stage = request.stage();
        product.stageChangedOn = on;
        product.persist();
        record(product, null, request.stage(), on);
        Product.flush();
        return ProductWithHistory.of(product);
    }

    /** Under the product's row lock, against the version the client saw; the date defaults to today. */
    @Transactional
    public ProductWithHistory changeStage(UUID id, String ifMatch, ProductRequests.StageChange request) {
        Product product = Existing.orNotFound(Product.<Product>findById(id, LockModeType.PESSIMISTIC_WRITE), "Product", id);
        caller.requireOwnerTeam(product.ownerTeam);
        ETags.requireCurrent(ifMatch, product.version);
        LifecycleStage stage = request.stage();
        LocalDate on = request.changedOn() == null ? LocalDate.now(clock) : request.changedOn();
        if (product.stage == stage) {
            throw ProblemException.conflict("Product " + product.id + " is already in stage " + stage);
        }
        if (on.isBefore(product.stageChangedOn)) {
            throw ProblemException.invalidField("changedOn",
                    "must not be before the current stage's date " + product.stageChangedOn);
        }
        record(product, product.stage, stage, on);
        Product.flush();
        return ProductWithHistory.of(product);
    }

    private void record(Product product, LifecycleStage previous, LifecycleStage stage, LocalDate on) {
        product.stage = stage;
        product.stageChangedOn = on;
        ProductStageChange change = new ProductStageChange();
        change.productId = product.id;
        change.previousStage = previous;
        change.stage = stage;
        change.changedOn = on;
        change.persist();
        outbox.emit(new LifecycleStageChanged(product.id, previous, stage, on, product.ownerTeam));
    }
}
