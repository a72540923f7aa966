package dev.marketingops.metrics.campaigns.app;

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
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import dev.marketingops.metrics.kpis.domain.KpiChanges;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the campaign → launch → product mapping, owner team, status and budget from campaign.lifecycle, exactly once. */
@ApplicationScoped
public class CampaignLifecycleConsumer {

    static final String CONSUMER = "metrics-service.campaigns";

    private final EventIntake intake;
    private final CampaignDirectory directory;
    private final KpiChanges changes;
    private final Clock clock;

    public CampaignLifecycleConsumer(EventIntake intake, CampaignDirectory directory, KpiChanges changes, Clock clock) {
        this.intake = intake;
        this.directory = directory;
        this.changes = changes;
        this.clock = clock;
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
        directory.apply(e.campaignId(), e.launchId(), e.productId(), status, budget,
                e.occurredAt() == null ? clock.instant() : e.occurredAt(), e.ownerTeam());
        // Its budget, status or place changed: the KPI jobs look at it (and its launch and product) again.
        changes.campaignChanged(e.campaignId());
    }
}
