package dev.marketingops.feedback.triage.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The duplicates to merge into the request named in the path (at most 100 per call). */
public record MergeBody(@NotNull @NotEmpty @Size(max = 100) List<@NotNull UUID> duplicates) {
}
