package dev.marketingops.feedback.themes.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Finds the keywords and two-word phrases of a text with Lucene's language analyzers (tokenizing, stop words,
 * stemming). Words that only carry an opinion ("great", "very") are left out: they say how customers feel, not what
 * about. Phrases join neighbouring words only, so "battery life" counts but "battery [the] life" does not.
 */
@ApplicationScoped
public class ThemeExtractor {

    static final int MIN_WORD_LENGTH = 3;
    static final int MAX_LABEL_LENGTH = 100;

    private final Map<String, Analyzer> analyzers;
    private final Analyzer fallback;

    public ThemeExtractor() {
        // Lucene's English stop list is short (33 words); conversational feedback needs pronouns, auxiliaries and
        // pure opinion words removed too, or "i" and "love" would top every ranking. Problem words ("crash",
        // "slow") stay: they are what customers talk about.
        CharArraySet englishStops = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        englishStops.addAll(ConversationalStopWords.ENGLISH);
        this.analyzers = Map.of(
                "en", new EnglishAnalyzer(englishStops),
                "de", new GermanAnalyzer(),
                "fr", new FrenchAnalyzer());
        this.fallback = new StandardAnalyzer(englishStops);
    }

    /** Keywords and phrases of the text, most frequent first (ties in order of first appearance). */
    public List<Term> extract(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Analyzer analyzer = analyzers.getOrDefault(locale.getLanguage(), fallback);
        Map<String, List<String>> labelsByKey = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            String previousKey = null;
            int previousStart = -1;
            while (stream.incrementToken()) {
                String key = term.toString();
                if (key.length() < MIN_WORD_LENGTH || key.chars().anyMatch(Character::isDigit)) {
                    previousKey = null;
                    continue;
                }
                String label = surface(text, offset.startOffset(), offset.endOffset(), locale);
                labelsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(label);
                if (previousKey != null && position.getPositionIncrement() == 1) {
                    String phrase = surface(text, previousStart, offset.endOffset(), locale);
                    if (phrase.length() <= MAX_LABEL_LENGTH) {
                        labelsByKey.computeIfAbsent(previousKey + " " + key, k -> new ArrayList<>()).add(phrase);
                    }
                }
                previousKey = key;
                previousStart = offset.startOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analyzing text failed", e);
        }
        List<String> order = new ArrayList<>(labelsByKey.keySet());
        return labelsByKey.entrySet().stream()
                .map(e -> new Term(e.getKey(), mostCommon(e.getValue()), e.getValue().size()))
                .filter(t -> t.label().length() <= MAX_LABEL_LENGTH)
                .sorted(Comparator.comparingInt(Term::count).reversed().thenComparingInt(t -> order.indexOf(t.key())))
                .toList();
    }

    private static String surface(String text, int start, int end, Locale locale) {
        return text.substring(start, end).toLowerCase(locale).replaceAll("[\\s\\p{Punct}]+", " ").strip();
    }

    private static String mostCommon(List<String> labels) {
        return labels.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    /** Extra English stop words for conversational text. */
    static final class ConversationalStopWords {
        static final Set<String> ENGLISH = Set.copyOf(List.of(
                "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "yours", "he", "him",
                "his", "she", "her", "hers", "its", "them", "theirs", "what", "which", "who", "whom", "whose", "when",
                "where", "why", "how", "all", "any", "both", "each", "few", "more", "other", "some", "own", "same",
                "than", "just", "also", "only", "even", "still", "again", "ever", "yet", "now", "here", "am", "been",
                "being", "have", "has", "had", "having", "do", "does", "did", "doing", "done", "would", "could",
                "should", "might", "must", "shall", "can", "may", "get", "gets", "got", "getting", "make", "makes",
                "made", "use", "used", "using", "one", "two", "thing", "things", "lot", "lots", "much", "many", "way",
                "about", "above", "after", "before", "below", "between", "from", "over", "under", "up", "down", "out",
                "off", "through", "during", "while", "because", "since", "until", "so", "very", "really", "too",
                "were", "im", "i'm", "it's", "i've", "don't", "didn't", "doesn't", "isn't", "wasn't", "can't", "won't",
                "there's", "that's", "please", "want", "wants", "wish", "need", "needs", "would", "like", "every",
                "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "since", "yes",
                "good", "great", "excellent", "amazing", "awesome", "fantastic", "wonderful", "brilliant", "perfect",
                "love", "loved", "loves", "liked", "nice", "fine", "okay", "bad", "terrible", "awful", "horrible",
                "hate", "hated", "best", "worst", "better", "worse", "happy", "glad", "disappointed", "disappointing",
                "absolutely", "totally", "extremely", "pretty", "quite", "thanks", "thank", "well", "definitely"));
        private ConversationalStopWords() {
        }
    }
}
