package dev.marketingops.metrics.attribution.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Shares of one conversion over its window's touchpoints, as exact decimals that sum to exactly 1: every share but the
 * last is computed to 34 digits and the last is 1 minus the others, so credited conversions add up to the
 * attributed ones without any rounding drift.
 */
final class Shares {

    static final MathContext PRECISION = MathContext.DECIMAL128;

    private Shares() {
    }

    /** The heuristic model's share of each touchpoint (same order as {@code window}, which is oldest first). */
    static BigDecimal[] heuristic(AttributionModel model, ModelParameters p, List<Touchpoint> window, Conversion c) {
        int n = window.size();
        BigDecimal[] shares = new BigDecimal[n];
        java.util.Arrays.fill(shares, BigDecimal.ZERO);
        switch (model) {
            case LAST_TOUCH -> shares[n - 1] = BigDecimal.ONE;
            case FIRST_TOUCH -> shares[0] = BigDecimal.ONE;
            case LINEAR -> normalise(shares, i -> BigDecimal.ONE);
            case TIME_DECAY -> {
                double halfLife = p.halfLife().toMillis();
                normalise(shares, i -> BigDecimal.valueOf(
                        Math.pow(2, -(c.at().toEpochMilli() - window.get(i).at().toEpochMilli()) / halfLife)));
            }
            case POSITION_BASED -> positions(shares, p);
            case DATA_DRIVEN -> throw new IllegalArgumentException("data-driven credit is not per conversion");
        }
        return shares;
    }

    /** First and last get their shares, the middle ones split the rest; two touchpoints split in the first:last ratio. */
    private static void positions(BigDecimal[] shares, ModelParameters p) {
        int n = shares.length;
        if (n == 1) {
            shares[0] = BigDecimal.ONE;
        } else if (n == 2) {
            BigDecimal both = p.firstShare().add(p.lastShare());
            if (both.signum() == 0) {
                normalise(shares, i -> BigDecimal.ONE);
            } else {
                shares[0] = p.firstShare().divide(both, PRECISION);
                shares[1] = BigDecimal.ONE.subtract(shares[0]);
            }
        } else {
            BigDecimal middle = BigDecimal.ONE.subtract(p.firstShare()).subtract(p.lastShare())
                    .divide(BigDecimal.valueOf(n - 2), PRECISION);
            shares[0] = p.firstShare();
            BigDecimal given = p.firstShare();
            for (int i = 1; i < n - 1; i++) {
                shares[i] = middle;
                given = given.add(middle);
            }
            shares[n - 1] = BigDecimal.ONE.subtract(given);
        }
    }

    /** Weights scaled to shares summing to exactly 1 (the last takes the remainder). */
    static void normalise(BigDecimal[] shares, java.util.function.IntFunction<BigDecimal> weight) {
        int n = shares.length;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            shares[i] = weight.apply(i);
            total = total.add(shares[i]);
        }
        if (total.signum() == 0) {
            java.util.Arrays.fill(shares, BigDecimal.ZERO);
            total = BigDecimal.valueOf(n);
            for (int i = 0; i < n; i++) {
                shares[i] = BigDecimal.ONE;
            }
        }
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            shares[i] = shares[i].divide(total, PRECISION);
            given = given.add(shares[i]);
        }
        shares[n - 1] = BigDecimal.ONE.subtract(given);
    }
}
