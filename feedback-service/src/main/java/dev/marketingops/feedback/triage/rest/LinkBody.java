package dev.marketingops.feedback.triage.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Which roadmap item a feature request asks for. */
public record LinkBody(@NotNull UUID roadmapItemId) {
}
