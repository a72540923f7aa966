package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For every event and every top-level required field: leaving it out is a violation naming that field. */
class RequiredFieldsTest {

    static List<Arguments> requiredFields() {
        List<Arguments> cases = new ArrayList<>();
        for (EventContract contract : EventCatalog.all()) {
            for (JsonNode field : schemaOf(contract).path("required")) {
                cases.add(Arguments.of(contract.type(), field.asText()));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void missingRequiredFieldIsNamed(String type, String field) {
        ObjectNode json = ContractJson.mapper().valueToTree(Samples.of(EventCatalog.require(type)));
        json.remove(field);

        assertThat(EventValidator.standard().validate(type, json))
                .contains(new Violation("$." + field, "is required", "required"));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void codecRejectsItWithSchemaViolation(String type, String field) {
        ObjectNode json = ContractJson.mapper().valueToTree(Samples.of(EventCatalog.require(type)));
        json.remove(field);

        InvalidEventException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidEventException.class,
                () -> EventCodec.standard().readPayload(type, json));
        assertThat(e.reason()).isEqualTo(InvalidEventException.Reason.SCHEMA_VIOLATION);
        assertThat(e.getMessage()).contains("$." + field);
    }

    private static JsonNode schemaOf(EventContract contract) {
        try (InputStream in = RequiredFieldsTest.class.getClassLoader().getResourceAsStream(contract.schemaResource())) {
            return ContractJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
