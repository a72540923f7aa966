package dev.marketingops.roadmap.launches.domain;

import dev.marketingops.plumbing.problem.ProblemException;
import java.util.List;
import java.util.Locale;

/** Launch status: PLANNED → SCHEDULED → LAUNCHED → COMPLETED, CANCELLED from any open state. */
public enum LaunchStatus {
    PLANNED,
    SCHEDULED,
    LAUNCHED,
    COMPLETED,
    CANCELLED;

    /** The actions a launch in this status accepts, as named in the API paths. */
    public List<LaunchAction> actions() {
        return switch (this) {
            case PLANNED -> List.of(LaunchAction.SCHEDULE, LaunchAction.CANCEL);
            case SCHEDULED -> List.of(LaunchAction.RESCHEDULE, LaunchAction.LAUNCH, LaunchAction.CANCEL);
            case LAUNCHED -> List.of(LaunchAction.COMPLETE, LaunchAction.CANCEL);
            case COMPLETED, CANCELLED -> List.of();
        };
    }

    /** The status {@code action} leads to, or 409 naming the actions this status does accept. */
    public LaunchStatus apply(LaunchAction action) {
        if (!actions().contains(action)) {
            throw ProblemException.illegalTransition("Launch", name(), action.result().name(),
                    actions().stream().map(LaunchAction::path).toList());
        }
        return action.result();
    }

    /** A step in a launch's lifecycle and the status it leads to. */
    public enum LaunchAction {
        SCHEDULE(SCHEDULED),
        RESCHEDULE(SCHEDULED),
        LAUNCH(LAUNCHED),
        COMPLETE(COMPLETED),
        CANCEL(CANCELLED);

        private final LaunchStatus result;

        LaunchAction(LaunchStatus result) {
            this.result = result;
        }

        public LaunchStatus result() {
            return result;
        }

        public String path() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
