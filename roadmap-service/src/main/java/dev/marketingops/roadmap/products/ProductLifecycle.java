package dev.marketingops.roadmap.products;

import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Records a product's stage changes with their dates and announces each one. */
@ApplicationScoped
public class ProductLifecycle {

    private final Outbox outbox;

    public ProductLifecycle(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Persists a new product in its first stage, recorded and announced with no previous stage. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin(Product product, LifecycleStage stage, LocalDate on) {
        product.stage = stage;
        product.stageChangedOn = on;
        product.persist();
        record(product, null, stage, on);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Product product, LifecycleStage stage, LocalDate on) {
        if (product.stage == stage) {
            throw ProblemException.conflict("Product " + product.id + " is already in stage " + stage);
        }
        if (on.isBefore(product.stageChangedOn)) {
            throw ProblemException.invalidField("changedOn",
                    "must not be before the current stage's date " + product.stageChangedOn);
        }
        record(product, product.stage, stage, on);
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
