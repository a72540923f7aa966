package dev.marketingops.campaign.campaigns.rest;

import jakarta.validation.constraints.Size;

/** Optional body of a lifecycle step: why it is taken, recorded in the history and carried by pause and cancel events. */
public record StepRequest(@Size(max = 1000) String reason) {
}
