package dev.marketingops.plumbing.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A Panache query built from the optional filters a list endpoint received; absent filters are left out. */
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /**
     * Adds {@code field = :field} when {@code value} is present; blank text counts as absent, as a blank enum or UUID
     * filter does ({@code ?ownerTeam=} matched no row at all).
     */
    public Filter eq(String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            String name = "p" + params.size();
            clauses.add(field + " = :" + name);
            params.put(name, value);
        }
        return this;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
