package dev.marketingops.console.kpis;

import dev.marketingops.console.web.FieldError;
import dev.marketingops.contracts.CanonicalUuid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/** Which campaign, launch or product the KPIs are about, over what range and granularity, as typed into the form. */
public record KpiScope(String scope, UUID id, String granularity, String from, String to, String typedId,
                       Instant fromInstant, Instant toInstant, FieldError error) {

    // A plain date is a whole UTC day: From is its start, To the next day's start, so "to 2026-11-30" includes the
    // 30th. What cannot be read becomes one error for the form, and nothing is asked of the services.

    private static final Set<String> SCOPES = Set.of("campaign", "launch", "product");

    /** The page's first look: the id chosen by the console, nothing typed. */
    public static KpiScope of(String scope, UUID id, String granularity, String from, String to) {
        return parse(scope, id == null ? null : id.toString(), granularity, from, to);
    }

    public static KpiScope parse(String scope, String id, String granularity, String from, String to) {
        String s = blank(scope) == null ? "campaign" : scope.strip();
        String g = "day".equals(granularity) ? "day" : "hour";
        String typed = blank(id);
        String f = blank(from);
        String t = blank(to);
        FieldError error = null;
        UUID uuid = null;
        Instant start = null;
        Instant end = null;
        if (!SCOPES.contains(s)) {
            error = new FieldError("scope", "‘" + s + "’ is not something KPIs are kept for: choose campaign, launch or product.");
            s = "campaign";
        }
        // The services' canonical form only: UUID.fromString would read 1-2-3-4-5 as another id.
        uuid = typed == null ? null : CanonicalUuid.parse(typed);
        if (typed != null && uuid == null) {
            error = error != null ? error : new FieldError("id", "‘" + typed + "’ is not an id: pick an active campaign "
                    + "from the list, or paste the id of a " + s + " (like 0b6f3c2e-…) from its page's address.");
        }
        try {
            start = f == null ? null : instant(f, false);
        } catch (DateTimeParseException e) {
            error = error != null ? error : new FieldError("from", notATime(f));
        }
        try {
            end = t == null ? null : instant(t, true);
        } catch (DateTimeParseException e) {
            error = error != null ? error : new FieldError("to", notATime(t));
        }
        if (error == null && start != null && end != null && !end.isAfter(start)) {
            error = new FieldError("to", "The range ends before it starts: To (" + t + ") must be after From (" + f + ").");
        }
        return new KpiScope(s, error == null ? uuid : null, g, f, t, typed, start, end, error);
    }

    /** Whether the figures can be asked for: a subject, and nothing the form must correct first. */
    public boolean ready() {
        return id != null && error == null;
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

    /** The range's start as the services take it (ISO-8601 instant), or null for their default. */
    public String fromParam() {
        return fromInstant == null ? null : fromInstant.toString();
    }

    public String toParam() {
        return toInstant == null ? null : toInstant.toString();
    }

    /** What the Id field shows again: the id, or what was typed when it was not one. */
    public String shownId() {
        return id != null ? id.toString() : typedId == null ? "" : typedId;
    }

    /** The query string that shows this scope again, as typed. */
    public String query() {
        return "scope=" + scope + "&id=" + (id == null ? "" : id) + "&granularity=" + granularity
                + (from == null ? "" : "&from=" + encode(from)) + (to == null ? "" : "&to=" + encode(to));
    }

    /** A plain date is a whole UTC day: its start for From, the next day's start for To. */
    private static Instant instant(String value, boolean end) {
        if (value.length() == 10) {
            LocalDate day = LocalDate.parse(value);
            return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(value);
    }

    private static String notATime(String value) {
        return "‘" + value + "’ is neither a date (2026-03-01) nor an instant (2026-03-01T00:00:00Z).";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
