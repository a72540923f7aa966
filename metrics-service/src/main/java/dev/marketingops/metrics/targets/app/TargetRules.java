package dev.marketingops.metrics.targets.app;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An analyst target's business rules: its values in the KPI's natural range and the target past the baseline (422). */
public final class TargetRules {

    /** What the OpenAPI document and the README say; keep it in step with {@link KpiKey#min()} and {@link KpiKey#max()}. */
    public static final String DESCRIBED = "target and baseline must lie in the KPI's range: nps -100 to 100, csat 1 to 5, "
            + "ctr and conversion_rate 0 to 1 (fractions: 0.05 = 5 %), roi from -1 (all spend lost), every other KPI "
            + "(counts, money, roas) from 0; with a baseline, an INCREASE target must be above it and a DECREASE target "
            + "below it. Otherwise 422 naming the field.";

    private TargetRules() {
    }

    static void check(KpiKey key, Direction direction, BigDecimal target, BigDecimal baseline) {
        List<Problem.FieldError> errors = new ArrayList<>();
        inRange(key, "target", target, errors);
        if (baseline != null) {
            inRange(key, "baseline", baseline, errors);
        }
        if (errors.isEmpty() && baseline != null && !direction.isPast(target, baseline)) {
            // Roadmap's objectives answer the same shape the same way: a target not past its baseline is never "reached".
            errors.add(new Problem.FieldError("target", direction.pastRule() + " target"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private static void inRange(KpiKey key, String field, BigDecimal value, List<Problem.FieldError> errors) {
        if (!key.holds(value)) {
            errors.add(new Problem.FieldError(field, key.rangeRule()));
        }
    }
}
