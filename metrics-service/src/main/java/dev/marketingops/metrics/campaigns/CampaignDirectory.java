package dev.marketingops.metrics.campaigns;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What metrics knows of campaigns. Budget currencies are also held in memory because the activity hot path checks
 * one per event; they are loaded at start and kept current by the lifecycle consumer.
 */
@ApplicationScoped
public class CampaignDirectory {

    private final EntityManager em;
    private final Map<UUID, String> budgetCurrencies = new ConcurrentHashMap<>();

    public CampaignDirectory(EntityManager em) {
        this.em = em;
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

    /** Campaigns that are neither completed nor cancelled: the ones whose budgets and KPIs are still watched. */
    @Transactional
    public List<CampaignFacts> open() {
        return query("where status not in ('COMPLETED', 'CANCELLED') order by campaign_id");
    }

    @Transactional
    public Optional<CampaignFacts> find(UUID campaignId) {
        return query("where campaign_id = ?1", campaignId).stream().findFirst();
    }

    void remember(UUID campaignId, String currency) {
        if (currency != null) {
            budgetCurrencies.put(campaignId, currency);
        }
    }

    @SuppressWarnings("unchecked")
    private List<CampaignFacts> query(String where, Object... parameters) {
        var query = em.createNativeQuery(
                "select campaign_id, launch_id, product_id, status, budget_amount, budget_currency from campaign " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new CampaignFacts((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                (BigDecimal) r[4], r[5] == null ? null : ((String) r[5]).trim())).toList();
    }
}
