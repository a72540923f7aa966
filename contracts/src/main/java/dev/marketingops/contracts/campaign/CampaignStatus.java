package dev.marketingops.contracts.campaign;

/** Campaign lifecycle state: DRAFT, SCHEDULED, ACTIVE and PAUSED are open; COMPLETED and CANCELLED are final. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    ACTIVE,
    PAUSED,
    COMPLETED,
    CANCELLED
}
