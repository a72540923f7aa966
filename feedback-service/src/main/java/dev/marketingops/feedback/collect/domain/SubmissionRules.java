package dev.marketingops.feedback.collect.domain;

import dev.marketingops.contracts.EventTimeBounds;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.plumbing.problem.Problem.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What each feedback type must and must not carry; the same rules for REST, CSV import and Kafka. */
public final class SubmissionRules {

    public static final int MAX_TEXT = 10_000;
    /** A customer reference, at intake and at erasure alike. */
    public static final int MAX_CUSTOMER_REF = 200;
    /** A BCP 47 language tag as people write it: en, de-DE, pt_BR. */
    public static final String LOCALE = "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$";

    private SubmissionRules() {
    }

    /** The submission's mistakes, each naming its field; {@code times} bounds submittedAt (absent: submitted now). */
    public static List<FieldError> check(FeedbackSubmitted s, EventTimeBounds times) {
        List<FieldError> errors = new ArrayList<>();
        if (s.type() == null) {
            errors.add(new FieldError("type", "must be one of NPS, CSAT, REVIEW, FEATURE_REQUEST"));
            return errors;
        }
        if (s.submittedAt() != null) {
            Instant latest = times.latest();
            if (!EventTimeBounds.within(s.submittedAt(), latest)) {
                // Trends, windows and erasure compare by this time: one in 2093 would never leave "recent", and would
                // count as made after its customer's erasure.
                errors.add(new FieldError("submittedAt", times.refusal(s.submittedAt(), latest)));
            }
        }
        checkScore(s, errors);
        checkRating(s, errors);
        checkText(s, errors);
        SubjectRef subject = s.subject();
        if (subject == null || subject.mostSpecificId() == null) {
            errors.add(new FieldError("subject", "must name at least one of productId, launchId, campaignId, roadmapItemId"));
        }
        if (s.channel() == null) {
            errors.add(new FieldError("channel", "must not be null"));
        }
        if (s.locale() == null || s.locale().length() > 35 || !s.locale().matches(LOCALE)) {
            errors.add(new FieldError("locale", "must be a BCP 47 language tag such as en or de-DE"));
        }
        if (s.customerRef() == null || s.customerRef().isBlank() || s.customerRef().length() > MAX_CUSTOMER_REF) {
            errors.add(new FieldError("customerRef", "must be 1 to " + MAX_CUSTOMER_REF + " characters"));
        }
        return errors;
    }

    private static void checkScore(FeedbackSubmitted s, List<FieldError> errors) {
        if (s.type() == FeedbackType.NPS) {
            if (s.score() == null || s.score() < 0 || s.score() > 10) {
                errors.add(new FieldError("score", "NPS needs a score from 0 to 10" + got(s.score())));
            }
        } else if (s.score() != null) {
            errors.add(new FieldError("score", "only NPS feedback has a score; use rating for " + s.type()));
        }
    }

    private static void checkRating(FeedbackSubmitted s, List<FieldError> errors) {
        boolean required = s.type() == FeedbackType.CSAT;
        boolean allowed = required || s.type() == FeedbackType.REVIEW;
        if (s.rating() == null) {
            if (required) {
                errors.add(new FieldError("rating", "CSAT needs a rating from 1 to 5"));
            }
        } else if (!allowed) {
            errors.add(new FieldError("rating", s.type() + " feedback has no rating"));
        } else if (s.rating() < 1 || s.rating() > 5) {
            errors.add(new FieldError("rating", "must be from 1 to 5" + got(s.rating())));
        }
    }

    private static void checkText(FeedbackSubmitted s, List<FieldError> errors) {
        boolean required = s.type() == FeedbackType.REVIEW || s.type() == FeedbackType.FEATURE_REQUEST;
        if (s.text() == null || s.text().isBlank()) {
            if (required) {
                errors.add(new FieldError("text", s.type() + " needs a non-empty text"));
            }
        } else if (s.text().length() > MAX_TEXT) {
            // A NUL never gets here: REST refuses it (NulFreeStrings), CSV rows in CsvSubmissions, events in the codec.
            errors.add(new FieldError("text", "must be at most " + MAX_TEXT + " characters (got " + s.text().length() + ")"));
        }
    }

    private static String got(Integer value) {
        return value == null ? "" : " (got " + value + ")";
    }
}
