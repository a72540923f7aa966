package dev.marketingops.plumbing.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.contracts.CanonicalUuid;
import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UUID query values: only the canonical 8-4-4-4-12 hex form, every other spelling a 400 naming the parameter. */
class QueryValuesTest {

    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void aCanonicalUuidIsReadInEitherCaseAndTrimmed() {
        assertThat(QueryValues.uuid(ID, "launchId")).isEqualTo(UUID.fromString(ID));
        assertThat(QueryValues.uuid(" " + ID.toUpperCase() + " ", "launchId")).isEqualTo(UUID.fromString(ID));
    }

    @Test
    void anAbsentOrBlankValueIsNoFilter() {
        assertThat(QueryValues.uuid(null, "launchId")).isNull();
        assertThat(QueryValues.uuid("  ", "launchId")).isNull();
    }

    @Test
    void shortGroupsSignsAndNonAsciiDigitsAreRefusedNamingTheParameter() {
        // Each of the first four parses with UUID.fromString, three of them at 36 characters, some as another id.
        for (String bad : new String[] {"1-2-3-4-5", "+f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b0-d9cb-469f-a165-70867728950",
                "0f8fad5b-d9cb-469f-a165-7086772895\u0660e", "0f8fad5b-d9cb-469f-a165-70867728950e0",
                "0f8fad5bd9cb469fa16570867728950e", "0f8fad5b-d9cb-469f-a165-70867728950g", "{0f8fad5b-d9cb-469f-a165-70867728950e}",
                "not-a-uuid"}) {
            assertThatThrownBy(() -> QueryValues.uuid(bad, "launchId")).as(bad)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("launchId");
                    });
            assertThat(CanonicalUuid.parse(bad)).as(bad).isNull();
        }
    }

    @Test
    void theOverloadSaysWhatTheCallerWantsAndRefusesAnEmptyItem() {
        assertThatThrownBy(() -> QueryValues.uuid("1-2-3-4-5", "ids", v -> "'" + v + "' is not one"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("ids");
                            assertThat(error.message()).isEqualTo("'1-2-3-4-5' is not one");
                        }));
        assertThatThrownBy(() -> QueryValues.uuid("", "ids", v -> "empty")).isInstanceOf(ProblemException.class);
    }

    @Test
    void thePathParameterConverterRefusesWhatTheQueryValuesRefuse() {
        ParamConverter<UUID> converter = new UuidParameters().getConverter(UUID.class, UUID.class, new Annotation[0]);
        assertThat(converter.fromString(ID)).isEqualTo(UUID.fromString(ID));
        assertThatThrownBy(() -> converter.fromString("1-2-3-4-5")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new UuidParameters().getConverter(String.class, String.class, new Annotation[0])).isNull();
    }
}
