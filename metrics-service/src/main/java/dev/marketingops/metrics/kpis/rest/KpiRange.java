package dev.marketingops.metrics.kpis.rest;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.kpis.KpiQueries;
import dev.marketingops.metrics.kpis.KpiScopeRef;
import dev.marketingops.plumbing.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The query every KPI endpoint takes: exactly one of campaignId, launchId, productId, and an optional [from, to)
 * range (ISO instants), widened to whole hours because rollups are hourly. Bad input is a 400 naming the parameter.
 * Public: the attribution API takes the same scope and range.
 */
public record KpiRange(KpiScopeRef scope, Instant from, Instant to) {

    public static KpiRange parse(String campaignId, String launchId, String productId, String from, String to) {
        List<KpiScopeRef> given = new ArrayList<>();
        add(given, KpiScope.CAMPAIGN, "campaignId", campaignId);
        add(given, KpiScope.LAUNCH, "launchId", launchId);
        add(given, KpiScope.PRODUCT, "productId", productId);
        if (given.size() != 1) {
            throw ProblemException.badRequest("campaignId", "give exactly one of campaignId, launchId or productId");
        }
        Instant start = instant("from", from, KpiQueries.ALL_TIME_FROM).truncatedTo(ChronoUnit.HOURS);
        Instant end = instant("to", to, KpiQueries.ALL_TIME_TO);
        Instant endHour = end.truncatedTo(ChronoUnit.HOURS);
        end = endHour.equals(end) ? end : endHour.plus(1, ChronoUnit.HOURS);
        if (!start.isBefore(end)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        return new KpiRange(given.get(0), start, end);
    }

    private static void add(List<KpiScopeRef> given, KpiScope scope, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            given.add(new KpiScopeRef(scope, UUID.fromString(value.trim())));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be a UUID");
        }
    }

    private static Instant instant(String name, String value, Instant absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }
}
