package dev.marketingops.feedback.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Lexicon-based sentiment in the spirit of VADER: each known word carries a weight; a negator among the three words
 * before it flips and damps it ("not good"), a booster right before it scales it ("very", "slightly"), words after a
 * contrast ("but") count 1.5× and words before it 0.5×; the sum is squashed into −1..1 by x / √(x² + 15).
 * Languages are keyed by {@link Locale#getLanguage()}: add {@code sentiment/<language>/} resources for another one.
 */
@ApplicationScoped
public class SentimentScorer {

    /** Scores at or below this count as negative (alerts), at or above its opposite as positive. */
    public static final double NEGATIVE_AT = -0.05;
    static final double NEGATION_FACTOR = -0.74;
    static final double SQUASH_ALPHA = 15;
    private static final int NEGATION_REACH = 3;
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}']+");

    private final Map<String, Optional<SentimentLexicon>> lexicons = new ConcurrentHashMap<>();

    /** Sentiment −1..1 with three decimals; empty when the text has no words or its language has no lexicon. */
    public Optional<BigDecimal> score(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return lexicon(locale).map(lexicon -> round(squash(rawScore(tokens(text, locale), lexicon))));
    }

    public Optional<SentimentLexicon> lexicon(Locale locale) {
        return lexicons.computeIfAbsent(locale.getLanguage().isEmpty() ? "en" : locale.getLanguage(), SentimentLexicon::load);
    }

    private static List<String> tokens(String text, Locale locale) {
        List<String> tokens = new ArrayList<>();
        for (String token : WORD_BREAK.split(text.toLowerCase(locale).replace('’', '\''))) {
            String word = token.replaceAll("^'+|'+$", "");
            if (!word.isEmpty()) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    private static double rawScore(List<String> tokens, SentimentLexicon lexicon) {
        int contrastAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (lexicon.contrasts().contains(tokens.get(i))) {
                contrastAt = i;
            }
        }
        double sum = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Double weight = lexicon.words().get(tokens.get(i));
            if (weight == null) {
                continue;
            }
            double value = weight * boost(tokens, i, lexicon);
            if (negated(tokens, i, lexicon)) {
                value *= NEGATION_FACTOR;
            }
            if (contrastAt >= 0) {
                value *= i > contrastAt ? 1.5 : 0.5;
            }
            sum += value;
        }
        return sum;
    }

    private static double boost(List<String> tokens, int i, SentimentLexicon lexicon) {
        double factor = 1;
        for (int j = Math.max(0, i - 2); j < i; j++) {
            factor *= lexicon.boosters().getOrDefault(tokens.get(j), 1.0);
        }
        return factor;
    }

    private static boolean negated(List<String> tokens, int i, SentimentLexicon lexicon) {
        for (int j = Math.max(0, i - NEGATION_REACH); j < i; j++) {
            String token = tokens.get(j);
            if (lexicon.negators().contains(token) || token.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static double squash(double sum) {
        return sum / Math.sqrt(sum * sum + SQUASH_ALPHA);
    }

    private static BigDecimal round(double score) {
        return BigDecimal.valueOf(Math.max(-1, Math.min(1, score))).setScale(3, RoundingMode.HALF_UP);
    }
}
