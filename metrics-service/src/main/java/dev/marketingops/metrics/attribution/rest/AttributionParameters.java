package dev.marketingops.metrics.attribution.rest;

import dev.marketingops.metrics.attribution.domain.AttributionModel;
import dev.marketingops.metrics.attribution.domain.ModelParameters;
import dev.marketingops.metrics.attribution.domain.PathItem;
import dev.marketingops.plumbing.problem.ProblemException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Parses and bounds the attribution query's model and parameters; a bad value is a 400 naming the parameter. */
record AttributionParameters(List<AttributionModel> models, ModelParameters parameters) {

    static final Duration MAX_WINDOW = Duration.ofDays(180);
    static final Duration MIN_HALF_LIFE = Duration.ofHours(1);
    private static final int MAX_TEXT = 40;

    static AttributionParameters parse(String model, String lookback, String halfLife, String firstShare,
            String lastShare, String order, String pathItem) {
        ModelParameters d = ModelParameters.defaults();
        List<AttributionModel> models = models(model);
        Duration window = duration("lookback", lookback, d.lookback(), Duration.ZERO);
        Duration half = duration("halfLife", halfLife, d.halfLife(), MIN_HALF_LIFE);
        BigDecimal first = share("firstShare", firstShare, d.firstShare());
        BigDecimal last = share("lastShare", lastShare, d.lastShare());
        if (first.add(last).compareTo(BigDecimal.ONE) > 0) {
            throw ProblemException.invalidField("lastShare", "firstShare + lastShare must be at most 1");
        }
        int k = order(order);
        PathItem item = pathItem == null || pathItem.isBlank() ? d.pathItem() : Arrays.stream(PathItem.values())
                .filter(i -> i.apiName().equals(pathItem.trim())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("pathItem", "must be channel or campaign"));
        return new AttributionParameters(models, new ModelParameters(window, half, first, last, k, item));
    }

    private static List<AttributionModel> models(String value) {
        if (value == null || value.isBlank()) {
            return List.of(AttributionModel.LAST_TOUCH);
        }
        String name = bounded("model", value).toLowerCase(Locale.ROOT);
        if (name.equals("all")) {
            return List.of(AttributionModel.values());
        }
        return List.of(AttributionModel.fromApiName(name).orElseThrow(() -> ProblemException.badRequest("model",
                "must be all, last-touch, first-touch, linear, time-decay, position-based or data-driven")));
    }

    private static Duration duration(String name, String value, Duration absent, Duration min) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        Duration d;
        try {
            d = Duration.parse(bounded(name, value));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be an ISO-8601 duration such as P30D or PT12H");
        }
        if (d.compareTo(min) < 0 || d.compareTo(MAX_WINDOW) > 0) {
            throw ProblemException.badRequest(name, "must be between " + min + " and " + MAX_WINDOW + " (the touchpoint retention)");
        }
        return d;
    }

    private static BigDecimal share(String name, String value, BigDecimal absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        BigDecimal share;
        try {
            share = new BigDecimal(bounded(name, value));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a decimal between 0 and 1");
        }
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0 || share.scale() > 6) {
            throw ProblemException.badRequest(name, "must be a decimal between 0 and 1 with at most 6 decimals");
        }
        return share;
    }

    private static int order(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int k = Integer.parseInt(bounded("order", value));
            if (k >= 1 && k <= ModelParameters.MAX_ORDER) {
                return k;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range order
        }
        throw ProblemException.badRequest("order", "must be 1, 2 or 3");
    }

    private static String bounded(String name, String value) {
        String v = value.trim();
        if (v.length() > MAX_TEXT || v.indexOf('\0') >= 0) {
            throw ProblemException.badRequest(name, "is too long or holds a NUL character");
        }
        return v;
    }
}
