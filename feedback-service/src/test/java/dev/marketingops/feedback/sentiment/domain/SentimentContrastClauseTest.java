package dev.marketingops.feedback.sentiment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The classifier's second input is the clause after the last contrast word, or nothing when there is none. */
class SentimentContrastClauseTest {

    @Test
    void theClauseAfterTheLastContrastWordIsRead() {
        assertThat(SentimentClassifier.lastClause("Nice colours, but honestly it's too slow.", 2000))
                .contains("honestly it's too slow.");
        assertThat(SentimentClassifier.lastClause("Cheap, but slow, BUT it works for us", 2000)).contains("it works for us");
        assertThat(SentimentClassifier.lastClause("The screen is great. However, the battery dies by noon.", 2000))
                .contains("the battery dies by noon.");
    }

    @Test
    void withoutAContrastWordOrLetterAfterItThereIsNoClause() {
        assertThat(SentimentClassifier.lastClause("Works as expected.", 2000)).isEmpty();
        assertThat(SentimentClassifier.lastClause("I'd buy it, but...", 2000)).isEmpty();
        assertThat(SentimentClassifier.lastClause("The butter dish arrived.", 2000)).isEmpty();
    }

    @Test
    void onlyTheHeadTheModelReadsIsSearched() {
        String text = "Fine. " + "x".repeat(3000) + " but it broke";
        assertThat(SentimentClassifier.lastClause(text, 2000)).isEmpty();
    }
}
