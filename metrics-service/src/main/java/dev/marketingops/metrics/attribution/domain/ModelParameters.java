package dev.marketingops.metrics.attribution.domain;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Parameters of the models; callers bound them (the API refuses values outside these ranges).
 *
 * @param lookback   only touchpoints in [conversion - lookback, conversion] are credited (default 30 days)
 * @param halfLife   time-decay: a touchpoint this long before the conversion weighs half (default 7 days)
 * @param firstShare position-based: the first touchpoint's share (default 0.4)
 * @param lastShare  position-based: the last touchpoint's share (default 0.4); the middle ones share the rest
 * @param order      data-driven: the Markov chain's order, 1 to 3 (default 1)
 * @param pathItem   data-driven: whether states are channels or campaigns (default channels)
 */
public record ModelParameters(Duration lookback, Duration halfLife, BigDecimal firstShare, BigDecimal lastShare,
        int order, PathItem pathItem) {

    public static final int MAX_ORDER = 3;

    public ModelParameters {
        if (lookback.isNegative() || halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("lookback must be >= 0 and halfLife > 0");
        }
        if (firstShare.signum() < 0 || lastShare.signum() < 0 || firstShare.add(lastShare).compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("firstShare and lastShare must be >= 0 and sum to at most 1");
        }
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("order must be 1 to " + MAX_ORDER);
        }
    }

    public static ModelParameters defaults() {
        return new ModelParameters(Duration.ofDays(30), Duration.ofDays(7), new BigDecimal("0.4"), new BigDecimal("0.4"),
                1, PathItem.CHANNEL);
    }

    public ModelParameters withLookback(Duration value) {
        return new ModelParameters(value, halfLife, firstShare, lastShare, order, pathItem);
    }

    public ModelParameters withHalfLife(Duration value) {
        return new ModelParameters(lookback, value, firstShare, lastShare, order, pathItem);
    }

    public ModelParameters withPositions(BigDecimal first, BigDecimal last) {
        return new ModelParameters(lookback, halfLife, first, last, order, pathItem);
    }

    public ModelParameters withOrder(int value, PathItem item) {
        return new ModelParameters(lookback, halfLife, firstShare, lastShare, value, item);
    }
}
