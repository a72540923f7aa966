package dev.marketingops.contracts;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.campaign.BudgetChanged;
import dev.marketingops.contracts.campaign.BudgetWarning;
import dev.marketingops.contracts.campaign.CampaignActivated;
import dev.marketingops.contracts.campaign.CampaignCancelled;
import dev.marketingops.contracts.campaign.CampaignCompleted;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignPaused;
import dev.marketingops.contracts.campaign.CampaignResumed;
import dev.marketingops.contracts.campaign.CampaignScheduled;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestUnlinked;
import dev.marketingops.contracts.feedback.FeatureRequestsDelivered;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.contracts.feedback.FeatureVotesCounted;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.contracts.feedback.NpsDropAlert;
import dev.marketingops.contracts.feedback.NpsUpdated;
import dev.marketingops.contracts.feedback.SentimentAlert;
import dev.marketingops.contracts.feedback.ThemeGrowthAlert;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.contracts.privacy.CustomerErasureCompleted;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.contracts.roadmap.LaunchCancelled;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.contracts.roadmap.LaunchRescheduled;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.contracts.roadmap.ObjectiveProgressed;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The list of every event type in the system; the single place a new event type is registered. */
public final class EventCatalog {

    private static final String ROADMAP = "roadmap-service";
    private static final String CAMPAIGN = "campaign-service";
    private static final String METRICS = "metrics-service";
    private static final String FEEDBACK = "feedback-service";

    private static final List<EventContract> ALL = List.of(
            entry(LaunchScheduled.TYPE, LaunchScheduled.class, Topics.ROADMAP_LAUNCHES, ROADMAP, ROADMAP),
            entry(LaunchRescheduled.TYPE, LaunchRescheduled.class, Topics.ROADMAP_LAUNCHES, ROADMAP, ROADMAP),
            entry(LaunchCancelled.TYPE, LaunchCancelled.class, Topics.ROADMAP_LAUNCHES, ROADMAP, ROADMAP),
            entry(LaunchCompleted.TYPE, LaunchCompleted.class, Topics.ROADMAP_LAUNCHES, ROADMAP, ROADMAP),
            entry(ObjectiveChanged.TYPE, ObjectiveChanged.class, Topics.ROADMAP_LAUNCHES, ROADMAP, ROADMAP),
            entry(ObjectiveProgressed.TYPE, ObjectiveProgressed.class, Topics.ROADMAP_LAUNCHES, ROADMAP, ROADMAP),
            entry(LifecycleStageChanged.TYPE, LifecycleStageChanged.class, Topics.ROADMAP_PRODUCTS, ROADMAP, ROADMAP),

            entry(CampaignCreated.TYPE, CampaignCreated.class, Topics.CAMPAIGN_LIFECYCLE, CAMPAIGN, CAMPAIGN),
            entry(CampaignScheduled.TYPE, CampaignScheduled.class, Topics.CAMPAIGN_LIFECYCLE, CAMPAIGN, CAMPAIGN),
            entry(CampaignActivated.TYPE, CampaignActivated.class, Topics.CAMPAIGN_LIFECYCLE, CAMPAIGN, CAMPAIGN),
            entry(CampaignPaused.TYPE, CampaignPaused.class, Topics.CAMPAIGN_LIFECYCLE, CAMPAIGN, CAMPAIGN),
            entry(CampaignResumed.TYPE, CampaignResumed.class, Topics.CAMPAIGN_LIFECYCLE, CAMPAIGN, CAMPAIGN),
            entry(CampaignCompleted.TYPE, CampaignCompleted.class, Topics.CAMPAIGN_LIFECYCLE, CAMPAIGN, CAMPAIGN),
            entry(CampaignCancelled.TYPE, CampaignCancelled.class, Topics.CAMPAIGN_LIFECYCLE, CAMPAIGN, CAMPAIGN),
            entry(BudgetChanged.TYPE, BudgetChanged.class, Topics.CAMPAIGN_LIFECYCLE, CAMPAIGN, CAMPAIGN),
            entry(BudgetWarning.TYPE, BudgetWarning.class, Topics.CAMPAIGN_LIFECYCLE, CAMPAIGN, CAMPAIGN),

            // Tools publish this with their own source; metrics' ingest API republishes REST batches as itself.
            entry(ActivityRecorded.TYPE, ActivityRecorded.class, Topics.MARKETING_ACTIVITY,
                    "marketing tools, metrics-service ingest API", METRICS),

            entry(KpiSnapshot.TYPE, KpiSnapshot.class, Topics.METRICS_KPIS, METRICS, METRICS),
            entry(KpiThresholdCrossed.TYPE, KpiThresholdCrossed.class, Topics.METRICS_KPIS, METRICS, METRICS),

            entry(FeedbackSubmitted.TYPE, FeedbackSubmitted.class, Topics.FEEDBACK_SUBMISSIONS, "support tools", FEEDBACK),
            entry(FeedbackReceived.TYPE, FeedbackReceived.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK, FEEDBACK),
            entry(FeedbackRetracted.TYPE, FeedbackRetracted.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK, FEEDBACK),
            entry(NpsUpdated.TYPE, NpsUpdated.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK, FEEDBACK),
            entry(SentimentAlert.TYPE, SentimentAlert.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK, FEEDBACK),
            entry(FeatureRequestsDelivered.TYPE, FeatureRequestsDelivered.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK,
                    FEEDBACK),
            entry(FeatureRequestLinked.TYPE, FeatureRequestLinked.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK, FEEDBACK),
            entry(FeatureRequestUnlinked.TYPE, FeatureRequestUnlinked.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK, FEEDBACK),
            entry(FeatureRequestsMerged.TYPE, FeatureRequestsMerged.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK, FEEDBACK),
            entry(FeatureVotesCounted.TYPE, FeatureVotesCounted.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK, FEEDBACK),
            entry(NpsDropAlert.TYPE, NpsDropAlert.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK, FEEDBACK),
            entry(ThemeGrowthAlert.TYPE, ThemeGrowthAlert.class, Topics.FEEDBACK_INSIGHTS, FEEDBACK, FEEDBACK),

            entry(CustomerErasureRequested.TYPE, CustomerErasureRequested.class, Topics.PRIVACY_ERASURE,
                    "feedback-service, admin API", FEEDBACK),
            // Every service that erases on CustomerErasureRequested answers with it; metrics-service is the one today.
            entry(CustomerErasureCompleted.TYPE, CustomerErasureCompleted.class, Topics.PRIVACY_ERASURE_COMPLETED,
                    METRICS, METRICS));

    private static final Map<String, EventContract> BY_TYPE = index(EventContract::type);
    private static final Map<Class<?>, EventContract> BY_CLASS = index(EventContract::payloadClass);

    private EventCatalog() {
    }

    private static EventContract entry(String type, Class<? extends EventPayload> payloadClass, String topic,
            String producer, String sourceService) {
        return new EventContract(type, payloadClass, topic, producer, URI.create("/marketing-ops/" + sourceService));
    }

    private static <K> Map<K, EventContract> index(Function<EventContract, K> key) {
        // toMap throws on a duplicate, so a type or class registered twice fails at class load, loudly.
        return ALL.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> {
            throw new IllegalStateException("registered twice: " + a.type());
        }, LinkedHashMap::new));
    }

    /** All event contracts, in a stable order. */
    public static List<EventContract> all() {
        return ALL;
    }

    /** The contract of a CloudEvent type, if it is one of ours. */
    public static Optional<EventContract> find(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }

    /** The contract of a CloudEvent type; throws {@link InvalidEventException} (UNKNOWN_TYPE) for anything else. */
    public static EventContract require(String type) {
        return find(type).orElseThrow(() -> InvalidEventException.unknownType(type));
    }

    /** The contract of a payload record class; an unregistered class is a programming error. */
    public static EventContract forPayload(Class<? extends EventPayload> payloadClass) {
        EventContract contract = BY_CLASS.get(payloadClass);
        if (contract == null) {
            throw new IllegalArgumentException("not a registered event payload: " + payloadClass.getName());
        }
        return contract;
    }

    /** The contracts published on a topic, e.g. to know which types a consumer of that topic must handle. */
    public static List<EventContract> onTopic(String topic) {
        return ALL.stream().filter(c -> c.topic().equals(topic)).toList();
    }
}
