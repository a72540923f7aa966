package dev.marketingops.campaign.campaigns.rest;

import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.Page;
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
    /** A UUID's length; anything else between two commas cannot be one. */
    private static final int UUID_LENGTH = 36;

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
            String id = part.trim();
            if (id.length() != UUID_LENGTH) {
                throw malformed(id);
            }
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw malformed(id);
            }
            if (ids.size() > MOST) {
                throw tooMany();
            }
        }
        return new ArrayList<>(ids);
    }

    private static ProblemException malformed(String id) {
        String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
        return ProblemException.badRequest("ids", "comma-separated campaign ids (UUIDs); '" + shown.replace('\0', '?')
                + "' is not one");
    }

    private static ProblemException tooMany() {
        return ProblemException.badRequest("ids", "at most " + MOST + " campaign ids per call");
    }
}
