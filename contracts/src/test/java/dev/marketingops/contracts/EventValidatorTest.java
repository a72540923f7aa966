package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketingops.contracts.InvalidEventException.Reason;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema and envelope validation: paths, formats, strict vs tolerant, unknown types. */
class EventValidatorTest {

    private final EventValidator validator = EventValidator.standard();

    private ObjectNode launchScheduled() {
        return ContractJson.mapper().valueToTree(Samples.of(EventCatalog.forPayload(LaunchScheduled.class)));
    }

    @Test
    void namesNestedFieldPaths() {
        ObjectNode json = launchScheduled();
        ((ObjectNode) json.withArray("objectives").get(0)).put("target", "high");
        ((ObjectNode) json.withArray("objectives").get(0)).remove("dueDate");

        assertThat(validator.validate(LaunchScheduled.TYPE, json)).extracting(Violation::path)
                .containsExactlyInAnyOrder("$.objectives[0].target", "$.objectives[0].dueDate");
    }

    @Test
    void checksFormatsRangesAndEnums() {
        ObjectNode json = launchScheduled();
        json.put("launchId", "not-a-uuid").put("launchDate", "2025-02-30").put("tier", 4);
        json.withArray("channels").add("TELEPATHY");

        assertThat(validator.validate(LaunchScheduled.TYPE, json)).extracting(Violation::path)
                .containsExactlyInAnyOrder("$.launchId", "$.launchDate", "$.tier", "$.channels[2]");
    }

    @Test
    void nullableOptionalFieldReportsOnlyTheRealProblem() {
        ObjectNode json = launchScheduled();
        json.putObject("budgetHint").put("amount", 10).put("currency", "euro");

        assertThat(validator.validate(LaunchScheduled.TYPE, json)).extracting(Violation::path)
                .containsExactly("$.budgetHint.currency");

        json.putObject("budgetHint").put("amount", 10);
        assertThat(validator.validate(LaunchScheduled.TYPE, json))
                .containsExactly(new Violation("$.budgetHint.currency", "is required", "required"));
    }

    @Test
    void strictRejectsUnknownFieldsTolerantIgnoresThem() {
        ObjectNode json = launchScheduled();
        json.put("launchColour", "green");

        assertThat(validator.validate(LaunchScheduled.TYPE, json, EventValidator.Mode.STRICT))
                .containsExactly(new Violation("$.launchColour", "is not a field of this event", "additionalProperties"));
        assertThat(validator.validate(LaunchScheduled.TYPE, json, EventValidator.Mode.TOLERANT)).isEmpty();
    }

    @Test
    void unknownTypeIsItsOwnError() {
        assertThatThrownBy(() -> validator.validate("dev.marketingops.roadmap.LaunchPostponed.v1", launchScheduled()))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_TYPE))
                .hasMessageContaining("LaunchPostponed");
    }

    @Test
    void bytesThatAreNotJsonAreMalformed() {
        assertThatThrownBy(() -> validator.validate(LaunchScheduled.TYPE, "{\"launchId\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void checksRequiredCloudEventAttributes() {
        var event = CloudEventBuilder.v03()
                .withId(" ")
                .withSource(URI.create("/tools/x"))
                .withType(LaunchScheduled.TYPE)
                .withDataContentType("text/plain")
                .build();

        List<Violation> violations = validator.validateAttributes(event);

        assertThat(violations).extracting(Violation::path).containsExactly("specversion", "id", "datacontenttype");
        assertThat(violations.get(0).message()).contains("1.0");
    }

    @Test
    void acceptsJsonWithCharset() {
        var event = CloudEventBuilder.v1().withId("1").withSource(URI.create("/s")).withType("t")
                .withDataContentType("application/json; charset=utf-8").build();

        assertThat(validator.validateAttributes(event)).isEmpty();
    }
}
