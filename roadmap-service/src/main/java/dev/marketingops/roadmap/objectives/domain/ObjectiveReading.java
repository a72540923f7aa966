package dev.marketingops.roadmap.objectives.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The latest KPI reading of an objective; written only by {@code ObjectiveReadings}, read by the API. */
@Entity
public class ObjectiveReading extends PanacheEntityBase {

    @Id
    public UUID objectiveId;
    public BigDecimal actual;
    public Instant actualAt;

    public static Map<UUID, ObjectiveReading> of(List<UUID> objectiveIds) {
        if (objectiveIds.isEmpty()) {
            return Map.of();
        }
        return ObjectiveReading.<ObjectiveReading>list("objectiveId in ?1", objectiveIds).stream()
                .collect(Collectors.toMap(r -> r.objectiveId, Function.identity()));
    }
}
