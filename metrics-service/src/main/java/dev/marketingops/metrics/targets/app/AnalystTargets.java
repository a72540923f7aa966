package dev.marketingops.metrics.targets.app;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.owners.domain.ScopeOwners;
import dev.marketingops.metrics.targets.domain.KpiTarget;
import dev.marketingops.metrics.targets.domain.KpiTargets;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.UUID;

/** Analysts set targets on the campaigns, launches and products of their own team (admins on any). */
@ApplicationScoped
public class AnalystTargets {

    private final KpiTargets targets;
    private final ScopeOwners owners;
    private final Caller caller;

    public AnalystTargets(KpiTargets targets, ScopeOwners owners, Caller caller) {
        this.targets = targets;
        this.owners = owners;
        this.caller = caller;
    }

    /** Every target of a scope, roadmap and analyst ones: a read, so any reading role may. */
    @Transactional
    public List<KpiTarget> ofScope(KpiScope scope, UUID scopeId) {
        return targets.ofScope(scope, scopeId);
    }

    /** Creates or replaces the target; an If-Match (when given) must name the current version. */
    @Transactional
    public KpiTarget put(KpiScope scope, UUID scopeId, KpiKey key, String ifMatch, Direction direction,
                         BigDecimal target, BigDecimal baseline, LocalDate dueDate) {
        caller.requireKnownOwnerTeam(owners.ownerOf(scope, scopeId).orElse(null),
                scope.name().toLowerCase(Locale.ROOT) + " " + scopeId);
        TargetRules.check(key, direction, target, baseline);
        // Locked, so no reschedule or other PUT moves the version between this check and the write.
        long current = targets.lockAnalystVersion(scope, scopeId, key);
        ETags.requireCurrent(ifMatch, current);
        // A target created meanwhile has no row to lock: the write itself is then conditional on the version seen.
        if (!targets.putAnalystTarget(scope, scopeId, key, direction, baseline, target, dueDate,
                ifMatch == null ? null : current)) {
            throw ProblemException.preconditionFailed("If-Match " + ifMatch.trim() + " is stale; the target was written "
                    + "by another request meanwhile");
        }
        return targets.analystTarget(scope, scopeId, key).orElseThrow();
    }
}
