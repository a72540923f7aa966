package dev.marketingops.feedback.themes.domain;

/**
 * A keyword or two-word phrase found in a text.
 *
 * @param key   the analyzer's normalised form (stemmed, e.g. "batteri life"), which groups variants together
 * @param label the words as a customer wrote them (e.g. "battery life"), for people to read
 * @param count occurrences in the text
 */
public record Term(String key, String label, int count) {

    public boolean isPhrase() {
        return key.indexOf(' ') > 0;
    }
}
