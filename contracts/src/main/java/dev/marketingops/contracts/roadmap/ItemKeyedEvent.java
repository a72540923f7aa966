package dev.marketingops.contracts.roadmap;

import dev.marketingops.contracts.EventPayload;
import java.util.UUID;

/**
 * An event on roadmap.launches, keyed by its roadmap item: an item has at most one launch, so the launch's steps and
 * the item's objectives share one key for their whole life and stay in order, whether or not the launch exists yet.
 */
public interface ItemKeyedEvent extends EventPayload {

    UUID itemId();

    @Override
    default String partitionKey() {
        return itemId().toString();
    }
}
