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

    public LaunchObjective toLaunchObjective() {
        return new LaunchObjective(id, kpiKey, direction, baseline, target, dueDate);
    }
}
