package dev.marketingops.feedback.themes.app;

import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.domain.TimeRange;
import dev.marketingops.feedback.themes.domain.SemanticThemeRanking;
import dev.marketingops.feedback.themes.domain.ThemeRanking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads the rankings of a subject's themes: keywords and phrases, or semantic themes. */
@ApplicationScoped
public class ThemeQueries {

    private final ThemeRanking keywords;
    private final SemanticThemeRanking semantic;

    public ThemeQueries(ThemeRanking keywords, SemanticThemeRanking semantic) {
        this.keywords = keywords;
        this.semantic = semantic;
    }

    @Transactional
    public ThemeRanking.Themes keywords(Subject subject, TimeRange range, ThemeRanking.Order order, int limit) {
        return keywords.rank(subject, range, order, limit);
    }

    @Transactional
    public SemanticThemeRanking.Ranking semantic(Subject subject, TimeRange range, ThemeRanking.Order order, int limit) {
        return semantic.rank(subject, range, order, limit);
    }
}
