package dev.marketingops.plumbing.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Enum query values are read the same whatever the JVM's default locale, a Turkish one included. */
class EnumQueryValuesTest {

    /** Names with an I, which Turkish upper-cases from "i" to "İ" (dotted capital I). */
    enum Subject { CAMPAIGN, ACTIVE, POSITIVE }

    private Locale before;

    @BeforeEach
    void turkish() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void lowerCaseValuesWithAnIAreReadUnderATurkishDefaultLocale() {
        assertThat("campaign".toUpperCase()).as("the default locale is Turkish").isEqualTo("CAMPA\u0130GN");
        assertThat(QueryValues.enumValue(Subject.class, "campaign", "scope")).isEqualTo(Subject.CAMPAIGN);
        assertThat(QueryValues.enumValue(Subject.class, " active ", "status")).isEqualTo(Subject.ACTIVE);
        assertThat(QueryValues.enumValue(Subject.class, "Positive", "sentiment")).isEqualTo(Subject.POSITIVE);
    }

    @Test
    void anUnknownValueIsStillA400NamingTheParameter() {
        assertThatThrownBy(() -> QueryValues.enumValue(Subject.class, "idle", "status"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("status");
                });
    }
}
