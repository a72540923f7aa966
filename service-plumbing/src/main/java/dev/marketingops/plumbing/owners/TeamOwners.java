package dev.marketingops.plumbing.owners;

import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** Launch and product owner teams as roadmap's events named them, kept in the service's {@code scope_owner} table. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TeamOwners {

    /** What an owner is known for. */
    public enum Owned { LAUNCH, PRODUCT }

    private final EntityManager em;

    public TeamOwners(EntityManager em) {
        this.em = em;
    }

    /** Learns the owner an event names, if it is one that names one; the handler of a roadmap topic calls it. */
    public void learnFrom(ReceivedEvent event) {
        if (event.payload() instanceof LifecycleStageChanged changed) {
            remember(Owned.PRODUCT, changed.productId(), changed.ownerTeam());
        } else if (event.payload() instanceof LaunchScheduled scheduled) {
            remember(Owned.LAUNCH, scheduled.launchId(), scheduled.ownerTeam());
        }
    }

    /** Remembers an owner; the newest event wins (a product can change hands). */
    private void remember(Owned owned, UUID id, String ownerTeam) {
        if (ownerTeam == null || ownerTeam.isBlank()) {
            return;
        }
        em.createNativeQuery("""
                insert into scope_owner (scope, scope_id, owner_team) values (?1, ?2, ?3)
                on conflict (scope, scope_id) do update set owner_team = excluded.owner_team""")
                .unwrap(NativeQuery.class)
                .setParameter(1, owned.name(), String.class)
                .setParameter(2, id, UUID.class)
                .setParameter(3, ownerTeam, String.class)
                .executeUpdate();
    }

    /** The owner team, or empty when no event has named it yet. */
    @SuppressWarnings("unchecked")
    public Optional<String> ownerOf(Owned owned, UUID id) {
        List<String> owners = em.createNativeQuery("select owner_team from scope_owner where scope = ?1 and scope_id = ?2")
                .setParameter(1, owned.name()).setParameter(2, id).getResultList();
        return owners.stream().findFirst();
    }
}
