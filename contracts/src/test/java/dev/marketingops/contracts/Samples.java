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
import dev.marketingops.contracts.campaign.CampaignSchedule;
import dev.marketingops.contracts.campaign.CampaignScheduled;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.contracts.feedback.FeatureRequestsDelivered;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestUnlinked;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.contracts.feedback.FeatureVotesCounted;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.contracts.feedback.NpsDropAlert;
import dev.marketingops.contracts.feedback.ThemeGrowthAlert;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.contracts.feedback.NpsUpdated;
import dev.marketingops.contracts.feedback.SentimentAlert;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.contracts.metrics.ThresholdKind;
import dev.marketingops.contracts.privacy.CustomerErasureCompleted;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.contracts.roadmap.LaunchCancelled;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.contracts.roadmap.LaunchObjective;
import dev.marketingops.contracts.roadmap.LaunchRescheduled;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import dev.marketingops.contracts.roadmap.ObjectiveChange;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.contracts.roadmap.ObjectiveProgressed;
import dev.marketingops.contracts.roadmap.ProgressCause;
import dev.marketingops.contracts.roadmap.ProgressStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One valid, fully populated sample payload per event type, shared by the tests. */
final class Samples {

    static final UUID LAUNCH = UUID.fromString("6f1c2b1e-8c1a-4a55-9a1e-0b7f2d3c4e5f");
    static final UUID ITEM = UUID.fromString("0d6f7a9e-3b2c-4d1e-8f0a-1b2c3d4e5f60");
    static final UUID PRODUCT = UUID.fromString("a3b4c5d6-e7f8-4901-8234-56789abcdef0");
    static final UUID ROADMAP = UUID.fromString("11111111-2222-4333-8444-555555555555");
    static final UUID CAMPAIGN = UUID.fromString("c0ffee00-1234-4abc-9def-0123456789ab");
    static final UUID OBJECTIVE = UUID.fromString("0b1ec71e-0000-4000-8000-000000000001");
    static final Instant AT = Instant.parse("2025-03-01T10:15:30Z");
    static final LocalDate DAY = LocalDate.parse("2025-04-15");

    private static final Map<Class<? extends EventPayload>, EventPayload> ALL = Map.ofEntries(
            sample(new LaunchScheduled(LAUNCH, ITEM, PRODUCT, ROADMAP, "Spring launch", DAY, 1,
                    List.of("DE", "US"), List.of(Channel.EMAIL, Channel.EVENT), List.of("smb", "enterprise"), "growth",
                    Money.of("25000.00", "EUR"),
                    List.of(new LaunchObjective(OBJECTIVE, KpiKey.CONVERSION_RATE, Direction.INCREASE,
                            new BigDecimal("0.020"), new BigDecimal("0.035"), DAY.plusMonths(3))))),
            sample(new LaunchRescheduled(LAUNCH, ITEM, PRODUCT, DAY, DAY.plusDays(14), "supplier delay")),
            sample(new LaunchCancelled(LAUNCH, ITEM, PRODUCT, "market withdrawn")),
            sample(new LaunchCompleted(LAUNCH, ITEM, PRODUCT, AT)),
            sample(new ObjectiveChanged(OBJECTIVE, ITEM, LAUNCH, PRODUCT, KpiKey.CPA, Direction.DECREASE,
                    new BigDecimal("42.00"), new BigDecimal("30.00"), DAY, ObjectiveChange.UPDATED)),
            sample(new ObjectiveProgressed(OBJECTIVE, ITEM, LAUNCH, PRODUCT, KpiKey.CPA, new BigDecimal("29.50"),
                    new BigDecimal("104.17"), ProgressStatus.AT_RISK, ProgressStatus.ACHIEVED, ProgressCause.READING, AT,
                    DAY)),
            sample(new LifecycleStageChanged(PRODUCT, LifecycleStage.INTRODUCTION, LifecycleStage.GROWTH, DAY, "growth")),

            sample(new CampaignCreated(CAMPAIGN, PRODUCT, LAUNCH, "growth", AT, "Spring launch – email",
                    "Drive trial sign-ups", List.of(Channel.EMAIL), "smb", Money.of("5000.00", "EUR"), schedule(),
                    CampaignStatus.DRAFT, null)),
            sample(new CampaignScheduled(CAMPAIGN, PRODUCT, LAUNCH, "growth", AT, schedule())),
            sample(new CampaignActivated(CAMPAIGN, PRODUCT, LAUNCH, "growth", AT)),
            sample(new CampaignPaused(CAMPAIGN, PRODUCT, LAUNCH, "growth", AT, "budget exhausted", true)),
            sample(new CampaignResumed(CAMPAIGN, PRODUCT, null, "growth", AT)),
            sample(new CampaignCompleted(CAMPAIGN, PRODUCT, LAUNCH, "growth", AT)),
            sample(new CampaignCancelled(CAMPAIGN, PRODUCT, LAUNCH, "growth", AT, "launch cancelled")),
            sample(new BudgetChanged(CAMPAIGN, PRODUCT, LAUNCH, "growth", AT, Money.of("5000.00", "EUR"),
                    Money.of("7500.00", "EUR"))),
            sample(new BudgetWarning(CAMPAIGN, PRODUCT, LAUNCH, "growth", AT, Money.of("4000.00", "EUR"),
                    Money.of("5000.00", "EUR"), new BigDecimal("0.80"))),

            sample(new ActivityRecorded(CAMPAIGN, Channel.PAID_SEARCH, ActivityKind.SPEND, 1L,
                    new BigDecimal("12.50"), "EUR", AT, JourneyStage.AWARENESS, "cust-7f3a")),

            sample(new KpiSnapshot(KpiScope.CAMPAIGN, CAMPAIGN, CAMPAIGN, LAUNCH, PRODUCT, AT, AT.plusSeconds(3600),
                    10_000, 250, 10, 8_000, Money.of("500.00", "EUR"), Money.of("1500.00", "EUR"),
                    new BigDecimal("0.025"), new BigDecimal("2.00"), new BigDecimal("50.00"), new BigDecimal("0.04"),
                    new BigDecimal("50.00"), new BigDecimal("3.00"), new BigDecimal("2.00"))),
            sample(new KpiThresholdCrossed(KpiScope.LAUNCH, LAUNCH, null, LAUNCH, PRODUCT, OBJECTIVE,
                    ThresholdKind.TARGET_REACHED, KpiKey.CONVERSION_RATE, new BigDecimal("0.036"),
                    new BigDecimal("0.035"), AT)),

            sample(new FeedbackSubmitted("ticket-4711", FeedbackType.NPS, 9, null, "Love it, call me on +49 170 1234567",
                    new SubjectRef(PRODUCT, LAUNCH, null, null), Channel.EMAIL, "de-DE", AT, "crm-42")),
            sample(new FeedbackReceived(UUID.fromString("fee0bac0-0000-4000-8000-000000000002"), FeedbackType.NPS, 9,
                    null, "Love it, call me on [phone]", new BigDecimal("0.8"), List.of("love"),
                    new SubjectRef(PRODUCT, LAUNCH, null, null), Channel.EMAIL, "de-DE", AT)),
            sample(new FeedbackRetracted(UUID.fromString("fee0bac0-0000-4000-8000-000000000002"),
                    new SubjectRef(PRODUCT, LAUNCH, null, null), FeedbackRetracted.ERASURE, AT)),
            sample(new NpsUpdated(SubjectType.LAUNCH, LAUNCH, new BigDecimal("37.5"), 40, 20, 15, 5,
                    new BigDecimal("4.2"), AT)),
            sample(new SentimentAlert(SubjectType.PRODUCT, PRODUCT, new BigDecimal("0.45"), new BigDecimal("0.30"), AT,
                    AT.plusSeconds(86_400), 120)),
            sample(new FeatureRequestsDelivered(ITEM, LAUNCH, 12, 87, AT)),
            sample(new FeatureRequestLinked(UUID.fromString("fee0bac0-0000-4000-8000-000000000004"), ITEM,
                    UUID.fromString("0d6f7a9e-3b2c-4d1e-8f0a-000000000002"), new BigDecimal("0.3"), List.of("export"), AT)),
            sample(new FeatureRequestUnlinked(UUID.fromString("fee0bac0-0000-4000-8000-000000000004"), ITEM, AT)),
            sample(new FeatureRequestsMerged(UUID.fromString("fee0bac0-0000-4000-8000-000000000004"),
                    List.of(UUID.fromString("fee0bac0-0000-4000-8000-000000000005")), ITEM, AT)),
            sample(new FeatureVotesCounted(ITEM, 42, 57, 3, AT)),
            sample(new NpsDropAlert(SubjectType.PRODUCT, PRODUCT, new BigDecimal("40.0"), new BigDecimal("22.5"),
                    new BigDecimal("10"), 80, AT)),
            sample(new ThemeGrowthAlert(SubjectType.PRODUCT, PRODUCT, "slow export", 14, 3, AT, AT.plusSeconds(86_400))),

            sample(new CustomerErasureRequested(UUID.fromString("e7a5e000-0000-4000-8000-000000000003"), "crm-42", AT,
                    "privacy-officer-1")),
            sample(new CustomerErasureCompleted(UUID.fromString("e7a5e000-0000-4000-8000-000000000003"), "metrics", AT)));

    private Samples() {
    }

    private static CampaignSchedule schedule() {
        return new CampaignSchedule(AT, AT.plusSeconds(30L * 86_400), "Europe/Berlin");
    }

    private static Map.Entry<Class<? extends EventPayload>, EventPayload> sample(EventPayload payload) {
        return Map.entry(payload.getClass(), payload);
    }

    static EventPayload of(EventContract contract) {
        EventPayload payload = ALL.get(contract.payloadClass());
        if (payload == null) {
            throw new IllegalStateException("no sample for " + contract.type());
        }
        return payload;
    }
}
