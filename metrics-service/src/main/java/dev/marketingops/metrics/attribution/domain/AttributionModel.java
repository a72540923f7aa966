package dev.marketingops.metrics.attribution.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The attribution models, by the names the API uses. */
public enum AttributionModel {
    LAST_TOUCH, FIRST_TOUCH, LINEAR, TIME_DECAY, POSITION_BASED, DATA_DRIVEN;

    /** The API name, e.g. {@code time-decay}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean heuristic() {
        return this != DATA_DRIVEN;
    }

    public static Optional<AttributionModel> fromApiName(String name) {
        return Arrays.stream(values()).filter(m -> m.apiName().equals(name)).findFirst();
    }
}
