package dev.marketingops.plumbing.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A minimal aggregate that lets the plumbing tests change state and announce it. */
@Entity
@Table(name = "trial_launch")
public class TrialLaunch extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String status;
    public String ownerTeam;
    @Version
    public long version;
}
