package dev.marketingops.metrics.kpis.rest;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.kpis.domain.KpiRollups;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.QueryValues;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query every KPI endpoint takes: exactly one of campaignId, launchId, productId, and an optional [from, to)
 * range (ISO instants), widened to whole hours because rollups are hourly. Bad input is a 400 naming the parameter.
 */
public record KpiScopeParams(
        @Parameter(description = KpiScopeParams.ONE_SCOPE) @QueryParam("campaignId") String campaignId,
        @Parameter(description = KpiScopeParams.ONE_SCOPE) @QueryParam("launchId") String launchId,
        @Parameter(description = KpiScopeParams.ONE_SCOPE) @QueryParam("productId") String productId,
        @Parameter(description = "Start of the range, an ISO-8601 instant or date (its start in UTC; default: all time), "
                + "truncated to the hour")
        @QueryParam("from") String from,
        @Parameter(description = "End of the range (exclusive), an ISO-8601 instant, or a date meaning through that whole day "
                + "(default: all time), rounded up to the hour")
        @QueryParam("to") String to) {

    /** The rule the three scope parameters share, stated on each of them. */
    static final String ONE_SCOPE = "Give exactly one of campaignId, launchId and productId (a UUID); none or several is a 400";

    /** The scope and hour-aligned range asked for. */
    public record Range(KpiScopeRef scope, Instant from, Instant to) {
    }

    public Range range() {
        List<KpiScopeRef> given = new ArrayList<>();
        add(given, KpiScope.CAMPAIGN, "campaignId", campaignId);
        add(given, KpiScope.LAUNCH, "launchId", launchId);
        add(given, KpiScope.PRODUCT, "productId", productId);
        if (given.size() != 1) {
            throw ProblemException.badRequest("campaignId", "give exactly one of campaignId, launchId or productId");
        }
        Instant start = instant("from", from, KpiRollups.ALL_TIME_FROM).truncatedTo(ChronoUnit.HOURS);
        // "to 2026-11-30" includes the 30th, as feedback's ranges read it.
        Instant until = QueryValues.end(to, "to");
        Instant end = until == null ? KpiRollups.ALL_TIME_TO : until;
        Instant endHour = end.truncatedTo(ChronoUnit.HOURS);
        end = endHour.equals(end) ? end : endHour.plus(1, ChronoUnit.HOURS);
        if (!start.isBefore(end)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        return new Range(given.get(0), start, end);
    }

    private static void add(List<KpiScopeRef> given, KpiScope scope, String name, String value) {
        if (value != null && !value.isBlank()) {
            given.add(new KpiScopeRef(scope, QueryValues.uuid(value, name)));
        }
    }

    private static Instant instant(String name, String value, Instant absent) {
        Instant given = QueryValues.instant(value, name);
        return given == null ? absent : given;
    }
}
