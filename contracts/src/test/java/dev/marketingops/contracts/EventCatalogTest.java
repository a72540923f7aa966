package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every catalog entry: naming pattern, record, schema on the classpath, lookups. */
class EventCatalogTest {

    private static final Pattern TYPE = Pattern.compile("dev\\.marketingops\\.(roadmap|campaign|metrics|feedback)\\.([A-Z][A-Za-z]+)\\.v1");

    static Iterable<EventContract> contracts() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void typeFollowsNamingPattern(EventContract contract) {
        Matcher m = TYPE.matcher(contract.type());
        assertThat(m.matches()).as(contract.type()).isTrue();
        assertThat(m.group(2)).isEqualTo(contract.payloadClass().getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void typeConstantOnRecordMatchesCatalog(EventContract contract) throws Exception {
        assertThat(contract.payloadClass().getField("TYPE").get(null)).isEqualTo(contract.type());
        assertThat(contract.payloadClass().isRecord()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void schemaIsOnTheClasspathWithMatchingId(EventContract contract) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(contract.schemaResource())) {
            assertThat(in).as(contract.schemaResource()).isNotNull();
            var schema = ContractJson.mapper().readTree(in);
            assertThat(schema.path("$id").asText()).isEqualTo(contract.schemaUri().toString());
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void lookupByTypeAndClassAgree(EventContract contract) {
        assertThat(EventCatalog.find(contract.type())).contains(contract);
        assertThat(EventCatalog.forPayload(contract.payloadClass())).isEqualTo(contract);
    }

    @Test
    void knowsWhereActivityGoes() {
        EventContract activity = EventCatalog.forPayload(ActivityRecorded.class);
        assertThat(activity.type()).isEqualTo("dev.marketingops.metrics.ActivityRecorded.v1");
        assertThat(activity.topic()).isEqualTo(Topics.MARKETING_ACTIVITY);
        assertThat(activity.dlqTopic()).isEqualTo("marketing.activity.dlq");
        assertThat(activity.schemaResource()).isEqualTo("schemas/dev.marketingops.metrics.ActivityRecorded.v1.json");
    }

    @Test
    void defaultSourceIsTheProducingService() {
        assertThat(EventCatalog.forPayload(LaunchScheduled.class).defaultSource())
                .hasToString("/marketing-ops/roadmap-service");
    }

    @Test
    void unknownTypeIsItsOwnError() {
        assertThat(EventCatalog.find("dev.marketingops.roadmap.Nope.v1")).isEmpty();
        assertThatThrownBy(() -> EventCatalog.require("dev.marketingops.roadmap.Nope.v1"))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidEventException.Reason.UNKNOWN_TYPE))
                .hasMessageContaining("dev.marketingops.roadmap.Nope.v1");
    }

    @Test
    void onTopicListsTheTypesAConsumerMustHandle() {
        assertThat(EventCatalog.onTopic(Topics.ROADMAP_LAUNCHES)).extracting(c -> c.payloadClass().getSimpleName())
                .containsExactly("LaunchScheduled", "LaunchRescheduled", "LaunchCancelled", "LaunchCompleted",
                        "ObjectiveChanged", "ObjectiveProgressed");
    }
}
