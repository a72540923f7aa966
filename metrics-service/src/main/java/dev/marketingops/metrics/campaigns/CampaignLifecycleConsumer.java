package dev.marketingops.metrics.campaigns;

import dev.marketingops.contracts.campaign.BudgetChanged;
import dev.marketingops.contracts.campaign.CampaignActivated;
import dev.marketingops.contracts.campaign.CampaignCancelled;
import dev.marketingops.contracts.campaign.CampaignCompleted;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignEvent;
import dev.marketingops.contracts.campaign.CampaignPaused;
import dev.marketingops.contracts.campaign.CampaignResumed;
import dev.marketingops.contracts.campaign.CampaignScheduled;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.query.NativeQuery;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the campaign → launch → product mapping, owner team, status and budget from campaign.lifecycle, exactly once. */
@ApplicationScoped
public class CampaignLifecycleConsumer {

    static final String CONSUMER = "metrics-service.campaigns";

    private final EventIntake intake;
    private final EntityManager em;
    private final CampaignDirectory directory;

    public CampaignLifecycleConsumer(EventIntake intake, EntityManager em, CampaignDirectory directory) {
        this.intake = intake;
        this.em = em;
        this.directory = directory;
    }

    @Incoming("campaigns")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (!(event.payload() instanceof CampaignEvent e)) {
            return;
        }
        Money budget = null;
        String status = null;
        if (e instanceof CampaignCreated created) {
            budget = created.budget();
            status = created.status() == null ? "DRAFT" : created.status().name();
        } else if (e instanceof BudgetChanged changed) {
            budget = changed.current();
        } else if (e instanceof CampaignScheduled) {
            status = "SCHEDULED";
        } else if (e instanceof CampaignActivated || e instanceof CampaignResumed) {
            status = "ACTIVE";
        } else if (e instanceof CampaignPaused) {
            status = "PAUSED";
        } else if (e instanceof CampaignCompleted) {
            status = "COMPLETED";
        } else if (e instanceof CampaignCancelled) {
            status = "CANCELLED";
        }
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
                .setParameter(1, e.campaignId(), UUID.class)
                .setParameter(2, e.launchId(), UUID.class)
                .setParameter(3, e.productId(), UUID.class)
                .setParameter(4, status, String.class)
                .setParameter(5, budget == null ? null : budget.amount(), BigDecimal.class)
                .setParameter(6, budget == null ? null : budget.currency(), String.class)
                .setParameter(7, e.occurredAt() == null ? Instant.now() : e.occurredAt(), Instant.class)
                .setParameter(8, e.ownerTeam(), String.class)
                .executeUpdate();
        directory.remember(e.campaignId(), budget == null ? null : budget.currency());
    }
}
