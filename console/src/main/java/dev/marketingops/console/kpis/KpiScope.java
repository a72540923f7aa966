package dev.marketingops.console.kpis;

import java.util.UUID;

/** Which campaign, launch or product the KPIs are about, and over what range and granularity. */
public record KpiScope(String scope, UUID id, String granularity, String from, String to) {

    public static KpiScope of(String scope, UUID id, String granularity, String from, String to) {
        String s = "launch".equals(scope) || "product".equals(scope) ? scope : "campaign";
        String g = "day".equals(granularity) ? "day" : "hour";
        return new KpiScope(s, id, g, blank(from), blank(to));
    }

    public UUID campaignId() {
        return "campaign".equals(scope) ? id : null;
    }

    public UUID launchId() {
        return "launch".equals(scope) ? id : null;
    }

    public UUID productId() {
        return "product".equals(scope) ? id : null;
    }

    /** The query string that shows this scope again. */
    public String query() {
        return "scope=" + scope + "&id=" + (id == null ? "" : id) + "&granularity=" + granularity
                + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
