package dev.marketingops.campaign.campaigns.rest;

import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.QueryValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The {@code ids} query parameter of the campaign list: comma-separated campaign ids, at most {@link #MOST}. */
final class CampaignIds {

    /**
     * Fewer than a page holds (200), so one call answers them all, and few enough that the request fits an HTTP/2
     * client's 8 KiB of headers with its token: 201 ids (7.4 KB) got 431 from the server over h2c.
     */
    static final int MOST = Page.MAX_SIZE / 2;
    /** The longest parameter read: MOST ids, their commas and some spaces. */
    static final int MAX_LENGTH = MOST * 40;

    private CampaignIds() {
    }

    /** The distinct ids in the order given, or null when the parameter is absent or empty (no narrowing). */
    static List<UUID> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        // Bounded before splitting.
        if (raw.length() > MAX_LENGTH) {
            throw tooMany();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String part : raw.split(",", -1)) {
            ids.add(QueryValues.uuid(part.trim(), "ids", CampaignIds::malformed));
            if (ids.size() > MOST) {
                throw tooMany();
            }
        }
        return new ArrayList<>(ids);
    }

    private static String malformed(String id) {
        String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
        return "comma-separated campaign ids (UUIDs, 8-4-4-4-12 hex digits); '" + shown.replace('\0', '?')
                + "' is not one";
    }

    private static ProblemException tooMany() {
        return ProblemException.badRequest("ids", "at most " + MOST + " campaign ids per call");
    }
}
