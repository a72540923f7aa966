package dev.marketingops.roadmap.items.domain;

import dev.marketingops.contracts.common.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A piece of planned work on a roadmap: its dates, owner team, channels, audience and dependencies. */
@Entity
public class RoadmapItem extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID roadmapId;
    public UUID productId;
    @Enumerated(EnumType.STRING)
    public ItemType type;
    public String title;
    public String description;
    public String ownerTeam;
    public LocalDate startDate;
    public LocalDate endDate;
    @Enumerated(EnumType.STRING)
    public ItemStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Channel> channels = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> audienceSegments = new ArrayList<>();
    /** Items this one depends on; kept acyclic by {@link DependencyGraph}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<UUID> dependsOn = new ArrayList<>();
    @Version
    public long version;

    /** Loads the item with a row lock: every event about its launch and objectives is emitted under it, in commit order. */
    public static RoadmapItem lockedOrNull(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
