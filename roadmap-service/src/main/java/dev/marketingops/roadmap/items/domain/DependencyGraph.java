package dev.marketingops.roadmap.items.domain;

import dev.marketingops.plumbing.problem.ProblemException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Checks that an item's dependencies exist and do not lead back to the item. */
public final class DependencyGraph {

    private final Function<UUID, List<UUID>> dependenciesOf;

    /** {@code dependenciesOf} answers an item's dependencies, or null when there is no such item. */
    public DependencyGraph(Function<UUID, List<UUID>> dependenciesOf) {
        this.dependenciesOf = dependenciesOf;
    }

    /** Throws 422 on field {@code dependsOn} for an unknown item or a cycle, naming the path of the cycle. */
    public void requireAcyclic(UUID item, List<UUID> dependsOn) {
        for (UUID dependency : dependsOn) {
            if (dependency.equals(item)) {
                throw ProblemException.invalidField("dependsOn", "an item cannot depend on itself");
            }
            if (dependenciesOf.apply(dependency) == null) {
                throw ProblemException.invalidField("dependsOn", "item " + dependency + " does not exist");
            }
        }
        for (UUID dependency : dependsOn) {
            List<UUID> path = new ArrayList<>(List.of(item, dependency));
            if (reaches(dependency, item, path, new HashSet<>())) {
                throw ProblemException.invalidField("dependsOn", "dependency cycle: "
                        + String.join(" -> ", path.stream().map(UUID::toString).toList()));
            }
        }
    }

    private boolean reaches(UUID from, UUID goal, List<UUID> path, Set<UUID> seen) {
        if (!seen.add(from)) {
            return false;
        }
        List<UUID> next = dependenciesOf.apply(from);
        for (UUID step : next == null ? List.<UUID>of() : next) {
            path.add(step);
            if (step.equals(goal) || reaches(step, goal, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
