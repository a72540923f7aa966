package dev.marketingops.feedback.triage.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Likely duplicates and likely roadmap items for a request, best first, each with a similarity score 0..1. */
public record SuggestionsView(UUID feedbackId, List<Duplicate> duplicates, List<Item> roadmapItems) {

    /** An open request that reads like this one. */
    public record Duplicate(UUID feedbackId, String text, UUID roadmapItemId, Instant submittedAt, double score) {
    }

    /** An item whose linked requests (and launch name, when known) read like this request. */
    public record Item(UUID roadmapItemId, String title, double score) {
    }
}
