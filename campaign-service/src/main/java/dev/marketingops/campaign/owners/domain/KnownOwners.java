package dev.marketingops.campaign.owners.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** The owner team of each launch (roadmap.launches) and product (roadmap.products), as roadmap's events named it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KnownOwners {

    /** What an owner is known for. */
    public enum Kind { LAUNCH, PRODUCT }

    private final EntityManager em;

    public KnownOwners(EntityManager em) {
        this.em = em;
    }

    /** Remembers an owner; the newest event wins (a product can change hands). */
    public void remember(Kind kind, UUID id, String ownerTeam) {
        if (ownerTeam == null || ownerTeam.isBlank()) {
            return;
        }
        em.createNativeQuery("""
                insert into known_owner (kind, id, owner_team) values (?1, ?2, ?3)
                on conflict (kind, id) do update set owner_team = excluded.owner_team""")
                .unwrap(NativeQuery.class)
                .setParameter(1, kind.name(), String.class)
                .setParameter(2, id, UUID.class)
                .setParameter(3, ownerTeam, String.class)
                .executeUpdate();
    }

    /** The owner team, or empty when no event has named it yet. */
    @SuppressWarnings("unchecked")
    public Optional<String> ownerOf(Kind kind, UUID id) {
        List<String> owners = em.createNativeQuery("select owner_team from known_owner where kind = ?1 and id = ?2")
                .setParameter(1, kind.name()).setParameter(2, id).getResultList();
        return owners.stream().findFirst();
    }
}
