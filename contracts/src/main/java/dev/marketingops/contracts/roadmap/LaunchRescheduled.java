package dev.marketingops.contracts.roadmap;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A launch moved to another date; dependants shift their schedules and targets by the difference.
 *
 * @param reason why it moved, or null
 */
public record LaunchRescheduled(
        UUID launchId,
        UUID itemId,
        UUID productId,
        LocalDate previousDate,
        LocalDate newDate,
        String reason) implements ItemKeyedEvent {

    public static final String TYPE = "dev.marketingops.roadmap.LaunchRescheduled.v1";

    @Override
    public String aggregateId() {
        return launchId.toString();
    }
}
