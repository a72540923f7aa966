package dev.marketingops.roadmap.objectives.domain;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.roadmap.LaunchObjective;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A SMART objective on a roadmap item; its latest KPI reading is an {@link ObjectiveReading}. */
@Entity
public class Objective extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID itemId;
    @Enumerated(EnumType.STRING)
    public KpiKey kpiKey;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    public BigDecimal baseline;
    public BigDecimal target;
    /** Where the straight-line pace starts: the day the baseline was taken. */
    public LocalDate startDate;
    public LocalDate dueDate;
    @Version
    public long version;

    public static List<Objective> ofItem(UUID itemId) {
        return list("itemId = ?1 order by dueDate, id", itemId);
    }

    /** The launch on {@code itemId}, or null; read natively so objectives do not depend on the launches package. */
    public static UUID launchOfItem(UUID itemId) {
        List<?> ids = getEntityManager().createNativeQuery("select id from launch where item_id = ?1")
                .setParameter(1, itemId).getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }

    /** Progress with {@code actual} as the latest reading (null for none), as of {@code today}. */
    public ObjectiveProgress progress(BigDecimal actual, LocalDate today) {
        return ObjectiveProgress.evaluate(direction, baseline, target, startDate, dueDate, actual, today);
    }

    public LaunchObjective toLaunchObjective() {
        return new LaunchObjective(id, kpiKey, direction, baseline, target, dueDate);
    }
}
