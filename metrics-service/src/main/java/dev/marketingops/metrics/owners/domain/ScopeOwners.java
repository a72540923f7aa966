package dev.marketingops.metrics.owners.domain;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.plumbing.owners.TeamOwners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The owner team of each KPI scope: a campaign's on its row (campaign.lifecycle), a launch's or product's in TeamOwners. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ScopeOwners {

    private final EntityManager em;
    private final TeamOwners teams;

    public ScopeOwners(EntityManager em, TeamOwners teams) {
        this.em = em;
        this.teams = teams;
    }

    /** The owner team, or empty when no event has named it yet. */
    @SuppressWarnings("unchecked")
    public Optional<String> ownerOf(KpiScope scope, UUID scopeId) {
        if (scope != KpiScope.CAMPAIGN) {
            return teams.ownerOf(TeamOwners.Owned.valueOf(scope.name()), scopeId);
        }
        List<String> owners = em.createNativeQuery("select owner_team from campaign where campaign_id = ?1 and owner_team is not null")
                .setParameter(1, scopeId).getResultList();
        return owners.stream().findFirst();
    }
}
