package dev.marketingops.feedback.themes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lucene's English analysis: stems group variants, stop and opinion words drop out, neighbours form phrases. */
class ThemeExtractorTest {

    private final ThemeExtractor extractor = new ThemeExtractor();

    @Test
    void variantsOfAWordAreOneThemeLabelledAsCustomersWroteIt() {
        List<Term> terms = extractor.extract("The battery died. Batteries never last. My battery is weak.", Locale.ENGLISH);
        Term battery = terms.get(0);
        assertThat(battery.key()).isEqualTo("batteri");
        assertThat(battery.label()).isEqualTo("battery");
        assertThat(battery.count()).isEqualTo(3);
    }

    @Test
    void stopWordsOpinionWordsAndNumbersAreNotThemes() {
        List<String> keys = extractor.extract("I really love the great export to Excel, it is 100 times better!", Locale.ENGLISH)
                .stream().map(Term::key).toList();
        assertThat(keys).contains("export", "excel").doesNotContain("i", "love", "great", "the", "100", "realli", "better");
    }

    @Test
    void adjacentWordsFormPhrasesButNotAcrossRemovedWords() {
        List<Term> terms = extractor.extract("Battery life is short. The battery life got worse after the update of the app.",
                Locale.ENGLISH);
        assertThat(terms).anySatisfy(t -> {
            assertThat(t.key()).isEqualTo("batteri life");
            assertThat(t.label()).isEqualTo("battery life");
            assertThat(t.count()).isEqualTo(2);
            assertThat(t.isPhrase()).isTrue();
        });
        assertThat(terms).noneMatch(t -> t.key().equals("updat app"));
    }

    @Test
    void otherLanguagesUseTheirOwnAnalyzer() {
        assertThat(extractor.extract("Die Akkulaufzeit ist zu kurz", Locale.GERMAN)).extracting(Term::key).contains("akkulaufzeit");
    }
}
