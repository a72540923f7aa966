package dev.marketingops.feedback.roadmap.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A launch as learned from roadmap.launches: what feedback about it belongs to, and when it shipped. */
@Entity
@Table(name = "tracked_launch")
public class TrackedLaunch extends PanacheEntityBase {

    @Id
    public UUID launchId;
    public UUID itemId;
    public UUID productId;
    public String name;
    public LocalDate launchDate;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant completedAt;
    @Version
    public long version;

    /** Where the launch stands, as far as roadmap has told us. */
    public enum Status {
        SCHEDULED,
        CANCELLED,
        COMPLETED
    }

    /** The launch with this id, created (unknown name and date) when an event arrives before its LaunchScheduled. */
    public static TrackedLaunch findOrTrack(UUID launchId, UUID itemId, UUID productId) {
        TrackedLaunch launch = findById(launchId);
        if (launch == null) {
            launch = new TrackedLaunch();
            launch.launchId = launchId;
            launch.status = Status.SCHEDULED;
            launch.persist();
        }
        if (itemId != null) {
            launch.itemId = itemId;
        }
        if (productId != null) {
            launch.productId = productId;
        }
        return launch;
    }
}
