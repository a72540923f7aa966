package dev.marketingops.contracts.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** KPI identifier shared by objectives, snapshots and thresholds; on the wire it is lower_snake. */
public enum KpiKey {
    IMPRESSIONS("impressions"),
    CLICKS("clicks"),
    CONVERSIONS("conversions"),
    REVENUE("revenue"),
    SPEND("spend"),
    REACH("reach"),
    CTR("ctr"),
    CPC("cpc"),
    CPM("cpm"),
    CONVERSION_RATE("conversion_rate"),
    CPA("cpa"),
    ROAS("roas"),
    ROI("roi"),
    NPS("nps"),
    CSAT("csat");

    private final String wireName;

    KpiKey(String wireName) {
        this.wireName = wireName;
    }

    /** The lower_snake name used in JSON, URLs and database columns. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The least value a target or objective of this KPI may name: -100 for nps, -1 for roi (all spend lost), 1 for csat. */
    public BigDecimal min() {
        return switch (this) {
            case NPS -> BigDecimal.valueOf(-100);
            case ROI -> BigDecimal.ONE.negate();
            case CSAT -> BigDecimal.ONE;
            default -> BigDecimal.ZERO;
        };
    }

    /**
     * The greatest value a target or objective may name, or null: nps 100, csat 5, ctr and conversion_rate 1 (a policy for
     * the two rates, which metrics computes from separate events and can briefly exceed 1).
     */
    public BigDecimal max() {
        return switch (this) {
            case NPS -> BigDecimal.valueOf(100);
            case CSAT -> BigDecimal.valueOf(5);
            case CTR, CONVERSION_RATE -> BigDecimal.ONE;
            default -> null;
        };
    }

    /** Whether {@code value} lies in {@link #min()} to {@link #max()}. */
    public boolean holds(BigDecimal value) {
        return value.compareTo(min()) >= 0 && (max() == null || value.compareTo(max()) <= 0);
    }

    /** The range as a rule for a field's message, e.g. "must be between -100 and 100 for nps". */
    public String rangeRule() {
        return "must be " + (max() == null ? "at least " + min() : "between " + min() + " and " + max()) + " for " + wireName;
    }

    /** Parses the lower_snake wire name; throws IllegalArgumentException for anything else. */
    @JsonCreator
    public static KpiKey fromWireName(String value) {
        for (KpiKey key : values()) {
            if (key.wireName.equals(value)) {
                return key;
            }
        }
        throw new IllegalArgumentException("unknown KPI key: " + value);
    }
}
