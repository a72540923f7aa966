package dev.marketingops.campaign.launches.domain;

import dev.marketingops.campaign.campaigns.domain.Currencies;
import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Splits a launch's budget hint over its channels in whole minor units; the first share takes the remainder. */
public final class BudgetSplit {

    private BudgetSplit() {
    }

    public static List<Money> of(Money total, int parts) {
        int digits = Currencies.fractionDigits(total.currency());
        BigDecimal share = total.amount().divide(BigDecimal.valueOf(parts), digits, RoundingMode.DOWN);
        BigDecimal remainder = total.amount().subtract(share.multiply(BigDecimal.valueOf(parts)));
        List<Money> shares = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            shares.add(new Money(i == 0 ? share.add(remainder) : share, total.currency()));
        }
        return shares;
    }
}
