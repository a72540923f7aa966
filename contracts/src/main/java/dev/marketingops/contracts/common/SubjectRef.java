package dev.marketingops.contracts.common;

import java.util.UUID;

/**
 * What a piece of feedback is about: any of product, launch, campaign and roadmap item (at least one).
 *
 * @param productId     product, if known
 * @param launchId      launch, if known
 * @param campaignId    campaign, if known
 * @param roadmapItemId roadmap item, if known
 */
public record SubjectRef(UUID productId, UUID launchId, UUID campaignId, UUID roadmapItemId) {

    public static SubjectRef product(UUID productId) {
        return new SubjectRef(productId, null, null, null);
    }

    /**
     * The most specific id set (campaign, launch, item, then product), used as the Kafka key so that
     * all feedback about one subject lands on one partition in order.
     */
    public UUID mostSpecificId() {
        if (campaignId != null) {
            return campaignId;
        }
        if (launchId != null) {
            return launchId;
        }
        if (roadmapItemId != null) {
            return roadmapItemId;
        }
        return productId;
    }
}
