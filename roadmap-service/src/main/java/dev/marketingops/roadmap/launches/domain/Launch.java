package dev.marketingops.roadmap.launches.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The launch of a LAUNCH roadmap item: date, tier, markets and where it is in its lifecycle. */
@Entity
public class Launch extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID itemId;
    public String name;
    public LocalDate launchDate;
    public int tier;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> markets = new ArrayList<>();
    public BigDecimal budgetHintAmount;
    public String budgetHintCurrency;
    @Enumerated(EnumType.STRING)
    public LaunchStatus status;
    public String cancelReason;
    public Instant completedAt;
    @Version
    public long version;

    public static Launch ofItem(UUID itemId) {
        return find("itemId", itemId).firstResult();
    }
}
