package dev.marketingops.feedback.themes;

import java.util.List;

/** Paraphrase sets: texts in one set say the same thing in other words; the unrelated texts say something else. */
final class Paraphrases {

    static final List<String> SLOW = List.of(
            "The app is slow to load.",
            "It takes forever to open.",
            "Pages hang for ages before anything shows up.",
            "Loading the dashboard takes so long.",
            "Everything loads really slowly since last week.");

    static final List<String> DOUBLE_CHARGE = List.of(
            "I was charged twice for my subscription.",
            "You billed my card two times this month.",
            "There is a duplicate payment on my credit card statement.",
            "Double charge on my account, please refund one.");

    static final List<String> EXPORT = List.of(
            "Please let me export my reports to Excel.",
            "I need a way to download the data as a spreadsheet.",
            "Can you add CSV export for the dashboards?");

    static final List<String> UNRELATED = List.of(
            "The support agent was friendly and patient.",
            "I love the new dark colour scheme.",
            "The parcel arrived with a broken lid.");

    private Paraphrases() {
    }
}
