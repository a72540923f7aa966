package dev.marketingops.plumbing.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of the test resource's create call, with nested fields so error paths can be checked. */
public record TrialLaunchRequest(@NotBlank @Size(max = 40) String name,
                                 @NotBlank String ownerTeam,
                                 @Valid List<@NotNull @Valid Market> markets) {

    /** A nested element whose field errors must be reported with their index. */
    public record Market(@NotBlank @Size(min = 2, max = 2) String country) {
    }
}
