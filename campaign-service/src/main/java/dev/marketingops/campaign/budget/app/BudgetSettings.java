package dev.marketingops.campaign.budget.app;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;

/** The budget guard's knobs ({@code marketingops.campaign.budget.*}). */
@ConfigMapping(prefix = "marketingops.campaign.budget")
public interface BudgetSettings {

    /** Share of the budget (spent / budget) at which a BudgetWarning goes out, e.g. 0.8. */
    BigDecimal warningShare();
}
