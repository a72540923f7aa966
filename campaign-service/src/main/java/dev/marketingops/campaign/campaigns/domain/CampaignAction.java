package dev.marketingops.campaign.campaigns.domain;

import static dev.marketingops.contracts.campaign.CampaignStatus.ACTIVE;
import static dev.marketingops.contracts.campaign.CampaignStatus.CANCELLED;
import static dev.marketingops.contracts.campaign.CampaignStatus.COMPLETED;
import static dev.marketingops.contracts.campaign.CampaignStatus.DRAFT;
import static dev.marketingops.contracts.campaign.CampaignStatus.PAUSED;
import static dev.marketingops.contracts.campaign.CampaignStatus.SCHEDULED;

import dev.marketingops.contracts.campaign.CampaignStatus;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The lifecycle's steps: DRAFT → SCHEDULED → ACTIVE ⇄ PAUSED → COMPLETED, CANCELLED from any open state. */
public enum CampaignAction {
    SCHEDULE(SCHEDULED, DRAFT),
    ACTIVATE(ACTIVE, SCHEDULED),
    PAUSE(PAUSED, ACTIVE),
    RESUME(ACTIVE, PAUSED),
    COMPLETE(COMPLETED, ACTIVE, PAUSED),
    CANCEL(CANCELLED, DRAFT, SCHEDULED, ACTIVE, PAUSED);

    // Computed once: every answer that shows a campaign lists its allowed steps.
    private static final Map<CampaignStatus, List<String>> ALLOWED = new EnumMap<>(CampaignStatus.class);

    static {
        for (CampaignStatus status : CampaignStatus.values()) {
            ALLOWED.put(status, Arrays.stream(values()).filter(a -> a.isAllowedFrom(status)).map(CampaignAction::path).toList());
        }
    }

    private final CampaignStatus target;
    private final Set<CampaignStatus> from;

    CampaignAction(CampaignStatus target, CampaignStatus first, CampaignStatus... more) {
        this.target = target;
        this.from = EnumSet.of(first, more);
    }

    public CampaignStatus target() {
        return target;
    }

    public boolean isAllowedFrom(CampaignStatus status) {
        return from.contains(status);
    }

    /** The name used in URLs and problem answers, e.g. {@code schedule}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CampaignAction fromPath(String path) {
        return valueOf(path.toUpperCase(Locale.ROOT));
    }

    /** The steps a campaign in {@code status} may take, by their URL names. */
    public static List<String> allowedFrom(CampaignStatus status) {
        return ALLOWED.get(status);
    }
}
