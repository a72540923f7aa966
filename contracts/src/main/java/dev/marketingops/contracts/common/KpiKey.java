package dev.marketingops.contracts.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

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
