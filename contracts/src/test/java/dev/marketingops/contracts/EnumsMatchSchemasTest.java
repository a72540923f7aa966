package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.contracts.metrics.ThresholdKind;
import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import dev.marketingops.contracts.roadmap.ObjectiveChange;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.contracts.roadmap.ObjectiveProgressed;
import dev.marketingops.contracts.roadmap.ProgressCause;
import dev.marketingops.contracts.roadmap.ProgressStatus;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schemas repeat the Java enums for non-Java tools; this keeps the two from drifting apart. */
class EnumsMatchSchemasTest {

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = EnumsMatchSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            return ContractJson.mapper().readTree(in);
        }
    }

    private static List<String> values(JsonNode enumNode) {
        List<String> values = new ArrayList<>();
        enumNode.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static JsonNode property(Class<? extends EventPayload> payload, String name) throws Exception {
        return read(EventCatalog.forPayload(payload).schemaResource()).path("properties").path(name);
    }

    @Test
    void commonDefinitions() throws Exception {
        JsonNode defs = read("schemas/common.json").path("$defs");
        assertThat(values(defs.path("channel").path("enum"))).isEqualTo(names(Channel.class));
        assertThat(values(defs.path("journeyStage").path("enum"))).isEqualTo(names(JourneyStage.class));
        assertThat(values(defs.path("activityKind").path("enum"))).isEqualTo(names(ActivityKind.class));
        assertThat(values(defs.path("direction").path("enum"))).isEqualTo(names(Direction.class));
        assertThat(values(defs.path("feedbackType").path("enum"))).isEqualTo(names(FeedbackType.class));
        assertThat(values(defs.path("subjectType").path("enum"))).isEqualTo(names(SubjectType.class));
        assertThat(values(defs.path("kpiScope").path("enum"))).isEqualTo(names(KpiScope.class));
        assertThat(values(defs.path("kpiKey").path("enum")))
                .isEqualTo(Arrays.stream(KpiKey.values()).map(KpiKey::wireName).toList());
    }

    @Test
    void eventLocalEnums() throws Exception {
        assertThat(values(property(CampaignCreated.class, "status").path("enum"))).isEqualTo(names(CampaignStatus.class));
        assertThat(values(property(LifecycleStageChanged.class, "stage").path("enum")))
                .isEqualTo(names(LifecycleStage.class));
        assertThat(values(property(ObjectiveChanged.class, "change").path("enum"))).isEqualTo(names(ObjectiveChange.class));
        assertThat(values(property(KpiThresholdCrossed.class, "kind").path("enum"))).isEqualTo(names(ThresholdKind.class));
        assertThat(values(read(EventCatalog.forPayload(ObjectiveProgressed.class).schemaResource())
                .path("$defs").path("status").path("enum"))).isEqualTo(names(ProgressStatus.class));
        assertThat(values(property(ObjectiveProgressed.class, "cause").path("enum"))).isEqualTo(names(ProgressCause.class));
    }

    @Test
    void digitalAndMoneyHelpers() {
        assertThat(Arrays.stream(Channel.values()).filter(Channel::isDigital)).containsExactly(Channel.EMAIL,
                Channel.SOCIAL, Channel.PAID_SEARCH, Channel.DISPLAY, Channel.CONTENT, Channel.WEB, Channel.MOBILE_APP);
        assertThat(Arrays.stream(ActivityKind.values()).filter(ActivityKind::isMoney))
                .containsExactly(ActivityKind.SPEND, ActivityKind.REVENUE);
    }
}
