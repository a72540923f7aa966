package dev.marketingops.roadmap.roadmaps.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A product's (or portfolio's) roadmap for one fiscal year, with its annual revenue growth target. */
@Entity
public class Roadmap extends PanacheEntityBase {

    /**
     * How many years before and after the fiscal year an item's dates may reach (work carried over, its follow-up).
     * Bounded so one mistyped year cannot stretch the timeline, which has a bucket for every month between the dates.
     */
    public static final int PLANNING_MARGIN_YEARS = 2;

    @Id
    public UUID id;
    public String name;
    /** The product planned, or null for a portfolio roadmap. */
    public UUID productId;
    /** The portfolio planned, or null for a product roadmap. */
    public String portfolio;
    public int fiscalYear;
    public BigDecimal growthTargetAmount;
    public String growthTargetCurrency;
    public String ownerTeam;
    @Version
    public long version;

    /** The first day an item of this roadmap may start or end on. */
    public LocalDate firstPlannableDay() {
        return LocalDate.of(fiscalYear - PLANNING_MARGIN_YEARS, 1, 1);
    }

    /** The last day an item of this roadmap may start or end on. */
    public LocalDate lastPlannableDay() {
        return LocalDate.of(fiscalYear + PLANNING_MARGIN_YEARS, 12, 31);
    }
}
