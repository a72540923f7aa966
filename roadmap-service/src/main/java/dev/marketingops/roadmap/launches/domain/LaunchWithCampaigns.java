package dev.marketingops.roadmap.launches.domain;

import java.util.List;

/** A launch with the campaigns campaign-service created for it; {@code campaigns} is null where a list leaves them out. */
public record LaunchWithCampaigns(Launch launch, List<LaunchCampaign> campaigns) {

    public static LaunchWithCampaigns of(Launch launch) {
        return new LaunchWithCampaigns(launch, LaunchCampaign.ofLaunch(launch.id));
    }
}
