package dev.marketingops.roadmap.items.domain;

import dev.marketingops.plumbing.problem.ProblemException;
import java.util.List;

/** Roadmap item status: PLANNED → IN_PROGRESS → DONE, and CANCELLED from either open state. */
public enum ItemStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public List<ItemStatus> next() {
        return switch (this) {
            case PLANNED -> List.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> List.of(DONE, CANCELLED);
            case DONE, CANCELLED -> List.of();
        };
    }

    /** Returns {@code target} when it may follow this status, else 409 listing the statuses that may. */
    public ItemStatus moveTo(ItemStatus target) {
        if (!next().contains(target)) {
            throw ProblemException.illegalTransition("Roadmap item", name(), target.name(),
                    next().stream().map(Enum::name).toList());
        }
        return target;
    }
}
