package dev.marketingops.roadmap.roadmaps.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;

/** A product's (or portfolio's) roadmap for one fiscal year, with its annual revenue growth target. */
@Entity
public class Roadmap extends PanacheEntityBase {

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
}
