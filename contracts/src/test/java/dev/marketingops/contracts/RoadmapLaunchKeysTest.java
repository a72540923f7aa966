package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.roadmap.ObjectiveChange;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event on roadmap.launches is keyed by its item, so one item's launch and objectives stay on one partition. */
class RoadmapLaunchKeysTest {

    static Iterable<EventContract> launchContracts() {
        return EventCatalog.onTopic(Topics.ROADMAP_LAUNCHES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("launchContracts")
    void everyEventOnTheTopicIsKeyedByItsItem(EventContract contract) throws Exception {
        EventPayload sample = Samples.of(contract);
        Object itemId = contract.payloadClass().getMethod("itemId").invoke(sample);

        assertThat(itemId).isEqualTo(Samples.ITEM);
        assertThat(sample.partitionKey()).isEqualTo(Samples.ITEM.toString());
    }

    @Test
    void anObjectiveKeepsItsKeyWhenItsItemGetsALaunch() {
        UUID objective = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        ObjectiveChanged created = objectiveChanged(objective, item, null, ObjectiveChange.CREATED);
        ObjectiveChanged deleted = objectiveChanged(objective, item, UUID.randomUUID(), ObjectiveChange.DELETED);

        assertThat(deleted.partitionKey()).isEqualTo(created.partitionKey()).isEqualTo(item.toString());
    }

    private static ObjectiveChanged objectiveChanged(UUID objective, UUID item, UUID launch, ObjectiveChange change) {
        return new ObjectiveChanged(objective, item, launch, UUID.randomUUID(), KpiKey.CTR, Direction.INCREASE,
                new BigDecimal("0.01"), new BigDecimal("0.02"), LocalDate.of(2026, 6, 30), change);
    }
}
