package dev.marketingops.metrics.kpis.domain;

import dev.marketingops.contracts.metrics.KpiScope;
import java.util.UUID;

/** A campaign, launch or product whose KPIs are asked for; knows which campaigns' rollups it covers. */
public record KpiScopeRef(KpiScope scope, UUID id) {

    /** SQL condition on a {@code campaign_id} column selecting the campaigns of this scope; binds one parameter. */
    String campaignCondition(int parameter) {
        return switch (scope) {
            case CAMPAIGN -> "campaign_id = ?" + parameter;
            case LAUNCH -> "campaign_id in (select campaign_id from campaign where launch_id = ?" + parameter + ")";
            case PRODUCT -> "campaign_id in (select campaign_id from campaign where product_id = ?" + parameter + ")";
        };
    }
}
