package dev.marketingops.contracts.common;

/** Kind of customer feedback; decides which of score, rating and text are expected. */
public enum FeedbackType {
    /** Net Promoter Score, carries a score 0–10. */
    NPS,
    /** Customer satisfaction, carries a rating 1–5. */
    CSAT,
    /** Free-text review. */
    REVIEW,
    /** Request for a product capability; gathers votes per roadmap item. */
    FEATURE_REQUEST
}
