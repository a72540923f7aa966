package dev.marketingops.feedback.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scoring rules one by one: range, negation, boosters, contrast, languages without a lexicon. */
class SentimentScorerTest {

    private final SentimentScorer scorer = new SentimentScorer();

    private BigDecimal score(String text) {
        return scorer.score(text, Locale.ENGLISH).orElseThrow();
    }

    @Test
    void positiveAndNegativeTextsLandOnTheirSideWithinMinusOneToOne() {
        assertThat(score("great, excellent, amazing, love it, perfect, wonderful")).isBetween(new BigDecimal("0.9"), BigDecimal.ONE);
        assertThat(score("terrible awful horrible useless broken garbage")).isBetween(BigDecimal.ONE.negate(), new BigDecimal("-0.9"));
        assertThat(score("The package arrived on Tuesday.")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void negationFlipsTheWordsThatFollowIt() {
        assertThat(score("good")).isPositive();
        assertThat(score("not good")).isNegative();
        assertThat(score("this is not very good")).isNegative();
        assertThat(score("not bad")).isPositive();
        assertThat(score("I didn't like it")).isNegative();
        assertThat(score("no problems at all")).isPositive();
    }

    @Test
    void boostersStrengthenAndDampenersWeaken() {
        assertThat(score("very good")).isGreaterThan(score("good"));
        assertThat(score("extremely bad")).isLessThan(score("bad"));
        assertThat(score("slightly annoying")).isGreaterThan(score("annoying"));
    }

    @Test
    void theClauseAfterButCarriesTheOpinion() {
        assertThat(score("nice design but it crashes constantly")).isNegative();
        assertThat(score("a bit slow but I love it")).isPositive();
    }

    @Test
    void languagesWithoutALexiconGetNoScoreRatherThanAWrongOne() {
        assertThat(scorer.score("Das ist nicht gut", Locale.GERMAN)).isEmpty();
        assertThat(scorer.score("   ", Locale.ENGLISH)).isEmpty();
        assertThat(scorer.score("good", Locale.forLanguageTag("en-GB"))).isPresent();
    }
}
