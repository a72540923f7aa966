package dev.marketingops.metrics.owners.domain;

import dev.marketingops.contracts.metrics.KpiScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** The owner team of each campaign (from campaign.lifecycle), launch (roadmap.launches) and product (roadmap.products). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ScopeOwners {

    private final EntityManager em;

    public ScopeOwners(EntityManager em) {
        this.em = em;
    }

    /** Remembers a launch's or product's owner; the newest event wins. Campaign owners live on the campaign row. */
    public void remember(KpiScope scope, UUID scopeId, String ownerTeam) {
        if (ownerTeam == null || scope == KpiScope.CAMPAIGN) {
            return;
        }
        em.createNativeQuery("""
                insert into scope_owner (scope, scope_id, owner_team) values (?1, ?2, ?3)
                on conflict (scope, scope_id) do update set owner_team = excluded.owner_team""")
                .unwrap(NativeQuery.class)
                .setParameter(1, scope.name(), String.class)
                .setParameter(2, scopeId, UUID.class)
                .setParameter(3, ownerTeam, String.class)
                .executeUpdate();
    }

    /** The owner team, or empty when no event has named it yet. */
    @SuppressWarnings("unchecked")
    public Optional<String> ownerOf(KpiScope scope, UUID scopeId) {
        var query = scope == KpiScope.CAMPAIGN
                ? em.createNativeQuery("select owner_team from campaign where campaign_id = ?1 and owner_team is not null")
                        .setParameter(1, scopeId)
                : em.createNativeQuery("select owner_team from scope_owner where scope = ?1 and scope_id = ?2")
                        .setParameter(1, scope.name()).setParameter(2, scopeId);
        List<String> owners = query.getResultList();
        return owners.stream().findFirst();
    }
}
