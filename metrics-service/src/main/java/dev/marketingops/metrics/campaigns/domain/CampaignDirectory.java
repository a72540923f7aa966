package dev.marketingops.metrics.campaigns.domain;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.plumbing.transaction.AfterCommit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.query.NativeQuery;

/**
 * What metrics knows of campaigns. Budget currencies are also held in memory because the activity hot path checks
 * one per event; they are loaded at start, kept current by the lifecycle consumer once its transaction commits, and
 * reloaded from the table every 30 s for the campaigns other replicas consume.
 */
@ApplicationScoped
public class CampaignDirectory {

    private final EntityManager em;
    private final AfterCommit afterCommit;
    private final Map<UUID, String> budgetCurrencies = new ConcurrentHashMap<>();

    public CampaignDirectory(EntityManager em, AfterCommit afterCommit) {
        this.em = em;
        this.afterCommit = afterCommit;
    }

    @Transactional
    void load(@Observes StartupEvent event) {
        refresh();
    }

    /** Other replicas consume other lifecycle partitions: the table, not this replica's events, is the full picture. */
    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select campaign_id, budget_currency from campaign where budget_currency is not null").getResultList();
        rows.forEach(r -> budgetCurrencies.put((UUID) r[0], ((String) r[1]).trim()));
    }

    public Optional<String> budgetCurrency(UUID campaignId) {
        return Optional.ofNullable(budgetCurrencies.get(campaignId));
    }

    /** The campaigns of {@code ids} that metrics knows, by id, in one statement. */
    @Transactional
    public Map<UUID, CampaignFacts> findAll(Collection<UUID> ids) {
        Map<UUID, CampaignFacts> found = new HashMap<>();
        if (!ids.isEmpty()) {
            query("where campaign_id = any(?1)", (Object) ids.toArray(UUID[]::new)).forEach(c -> found.put(c.campaignId(), c));
        }
        return found;
    }

    /** Of {@code launchIds}, those with an ACTIVE campaign, each with one such campaign (for its product). */
    @Transactional
    public Map<UUID, CampaignFacts> launchesWithActiveCampaign(Collection<UUID> launchIds) {
        Map<UUID, CampaignFacts> found = new HashMap<>();
        if (!launchIds.isEmpty()) {
            query("where launch_id = any(?1) and status = 'ACTIVE' order by campaign_id", (Object) launchIds.toArray(UUID[]::new))
                    .forEach(c -> found.putIfAbsent(c.launchId(), c));
        }
        return found;
    }

    /**
     * Records what a campaign.lifecycle event says; null fields keep what was known (events carry only what changed).
     * The caller's transaction also records the event id (inbox).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UUID campaignId, UUID launchId, UUID productId, String status, Money budget, Instant at,
                      String ownerTeam) {
        em.createNativeQuery("""
                insert into campaign (campaign_id, launch_id, product_id, status, budget_amount, budget_currency, updated_at,
                    owner_team)
                values (?1, ?2, ?3, coalesce(?4, 'DRAFT'), ?5, ?6, ?7, ?8)
                on conflict (campaign_id) do update set
                    launch_id = coalesce(excluded.launch_id, campaign.launch_id),
                    product_id = coalesce(excluded.product_id, campaign.product_id),
                    status = coalesce(?4, campaign.status),
                    budget_amount = coalesce(excluded.budget_amount, campaign.budget_amount),
                    budget_currency = coalesce(excluded.budget_currency, campaign.budget_currency),
                    updated_at = excluded.updated_at,
                    owner_team = coalesce(excluded.owner_team, campaign.owner_team)""")
                .unwrap(NativeQuery.class)
                .setParameter(1, campaignId, UUID.class)
                .setParameter(2, launchId, UUID.class)
                .setParameter(3, productId, UUID.class)
                .setParameter(4, status, String.class)
                .setParameter(5, budget == null ? null : budget.amount(), BigDecimal.class)
                .setParameter(6, budget == null ? null : budget.currency(), String.class)
                .setParameter(7, at, Instant.class)
                .setParameter(8, ownerTeam, String.class)
                .executeUpdate();
        if (budget != null) {
            rememberAfterCommit(campaignId, budget.currency());
        }
    }

    /**
     * The hot path checks activity against the cache: a currency it learns before the event's transaction commits
     * would refuse (dead-letter) activity in the currency that stays, should the transaction roll back.
     */
    private void rememberAfterCommit(UUID campaignId, String currency) {
        afterCommit.run(() -> budgetCurrencies.put(campaignId, currency));
    }

    @Transactional
    public Optional<CampaignFacts> find(UUID campaignId) {
        return query("where campaign_id = ?1", campaignId).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<CampaignFacts> query(String where, Object... parameters) {
        NativeQuery<?> query = em.createNativeQuery(
                "select campaign_id, launch_id, product_id, status, budget_amount, budget_currency from campaign " + where)
                .unwrap(NativeQuery.class);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof UUID[] array) {
                query.setParameter(i + 1, array, UUID[].class);
            } else {
                query.setParameter(i + 1, parameters[i]);
            }
        }
        List<Object[]> rows = (List<Object[]>) query.getResultList();
        return rows.stream().map(r -> new CampaignFacts((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                (BigDecimal) r[4], r[5] == null ? null : ((String) r[5]).trim())).toList();
    }
}
