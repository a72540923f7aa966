package dev.marketingops.feedback.collect.app;

import dev.marketingops.contracts.EventTimeBounds;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.feedback.collect.domain.SubmissionRules;
import dev.marketingops.feedback.insights.app.SubjectInsights;
import dev.marketingops.feedback.privacy.app.ErasedCustomers;
import dev.marketingops.feedback.privacy.domain.ContactDataRedactor;
import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.feedback.roadmap.domain.LaunchLinks;
import dev.marketingops.feedback.sentiment.domain.SentenceEmbeddings;
import dev.marketingops.feedback.sentiment.domain.Sentiment;
import dev.marketingops.feedback.sentiment.domain.SentimentClassifier;
import dev.marketingops.feedback.themes.app.ThemeCommands;
import dev.marketingops.feedback.themes.domain.Term;
import dev.marketingops.feedback.themes.domain.ThemeExtractor;
import dev.marketingops.feedback.triage.app.FeatureVotes;
import dev.marketingops.plumbing.idempotency.IdempotencyKey;
import dev.marketingops.plumbing.idempotency.IdempotencyReceipts;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.Problem.FieldError;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes feedback from any channel (REST, CSV, Kafka): checks it, redacts the text and pseudonymises the customer
 * before anything is stored, analyses it, stores it once per idempotency key, and announces the sanitised result.
 */
@ApplicationScoped
public class FeedbackIntake {

    /** Themes carried by one FeedbackReceived; the full list stays queryable through /themes. */
    static final int THEMES_PER_EVENT = 10;
    /** A long text's rarest terms add nothing to rankings; the most frequent ones per text are kept. */
    static final int TERMS_STORED = 200;

    private final EntityManager em;
    private final CustomerPseudonyms pseudonyms;
    private final SentenceEmbeddings embeddings;
    private final SentimentClassifier sentiment;
    private final ThemeCommands themeGroups;
    private final ThemeExtractor themes;
    private final SubjectInsights insights;
    private final LaunchLinks launchLinks;
    private final Outbox outbox;
    private final FeatureVotes votes;
    private final Clock clock;
    private final IdempotencyReceipts receipts;
    private final ErasedCustomers erased;
    private final EventTimeBounds times;

    public FeedbackIntake(EntityManager em, CustomerPseudonyms pseudonyms, SentenceEmbeddings embeddings,
                          SentimentClassifier sentiment, ThemeCommands themeGroups, ThemeExtractor themes,
                          SubjectInsights insights, LaunchLinks launchLinks, Outbox outbox, FeatureVotes votes,
                          Clock clock, IdempotencyReceipts receipts, ErasedCustomers erased, EventTimeBounds times) {
        this.em = em;
        this.pseudonyms = pseudonyms;
        this.embeddings = embeddings;
        this.sentiment = sentiment;
        this.themeGroups = themeGroups;
        this.themes = themes;
        this.insights = insights;
        this.launchLinks = launchLinks;
        this.outbox = outbox;
        this.votes = votes;
        this.clock = clock;
        this.receipts = receipts;
        this.erased = erased;
        this.times = times;
    }

    /**
     * Stores the submission, or answers the one the same caller stored earlier under the same idempotency key (the
     * shared store: per caller, the same submission or a 422). 422 names bad fields.
     * Without a submission time the feedback counts as submitted now. An erased customer's feedback submitted at or
     * before their erasure is a 422 naming customerRef. Locks in the service's one order: the customer's erasure lock,
     * the theme joined, the item's vote tally, then the subjects' state (as erasure does, so the two never deadlock).
     */
    @Transactional
    public Accepted submit(String caller, FeedbackSubmitted submission) {
        List<FieldError> errors = SubmissionRules.check(submission, times);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        erased.admit(submission);
        Optional<IdempotencyKey> key = IdempotencyKey.parse(submission.idempotencyKey());
        String text = redacted(submission.text());
        CustomerPseudonyms.Pseudonym customer = pseudonyms.current(submission.customerRef());
        String hash = key.isPresent() ? receipts.fingerprint(Fingerprinted.of(submission, text, customer)) : null;
        Optional<IdempotencyReceipts.Receipt> earlier = key.flatMap(k -> receipts.replay(caller, k, hash));
        if (earlier.isPresent()) {
            return new Accepted(UUID.fromString(earlier.get().response()), true);
        }
        Feedback feedback = sanitised(submission, text, customer);
        List<Term> terms = analyseAndPersist(feedback);
        if (feedback.type == FeedbackType.FEATURE_REQUEST) {
            votes.record(feedback, submission.customerRef());
        }
        outbox.emit(new FeedbackReceived(feedback.id, feedback.type, feedback.score, feedback.rating, feedback.redactedText,
                feedback.sentiment, terms.stream().limit(THEMES_PER_EVENT).map(Term::label).distinct().toList(),
                feedback.subject(), feedback.channel, feedback.locale, feedback.submittedAt));
        insights.afterFeedback(feedback);
        key.ifPresent(k -> receipts.record(caller, k, hash, new IdempotencyReceipts.Receipt(201, feedback.id.toString())));
        return new Accepted(feedback.id, false);
    }

    /** The entity to store: text redacted, customer pseudonymised, subject completed from the tracked launch. */
    private Feedback sanitised(FeedbackSubmitted s, String redactedText, CustomerPseudonyms.Pseudonym customer) {
        Feedback feedback = new Feedback();
        feedback.id = UUID.randomUUID();
        feedback.type = s.type();
        feedback.score = s.score();
        feedback.rating = s.rating();
        feedback.redactedText = redactedText;
        feedback.linkTo(launchLinks.complete(s.subject()));
        feedback.channel = s.channel();
        feedback.locale = s.locale().replace('_', '-');
        feedback.receivedAt = clock.instant();
        feedback.submittedAt = s.submittedAt() == null ? feedback.receivedAt : s.submittedAt();
        feedback.customerHash = customer.hash();
        feedback.customerKeyId = customer.keyId();
        return feedback;
    }

    private static String redacted(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String redacted = ContactDataRedactor.redact(text.strip());
        // A placeholder can be a character longer than a tiny address; the stored text keeps the 10,000 limit.
        return redacted.length() > SubmissionRules.MAX_TEXT ? redacted.substring(0, SubmissionRules.MAX_TEXT) : redacted;
    }

    private List<Term> analyseAndPersist(Feedback feedback) {
        String text = ContactDataRedactor.withoutPlaceholders(feedback.redactedText);
        Locale locale = Locale.forLanguageTag(feedback.locale);
        Optional<float[]> meaning = embeddings.embed(text, locale); // one sentence vector for sentiment and themes
        feedback.sentiment = meaning.map(vector -> sentiment.classify(text, locale, vector)).map(Sentiment::score)
                .orElse(null);
        feedback.persist();
        // Terms and votes reference the feedback row, so it must be written first.
        em.flush();
        meaning.ifPresent(vector -> themeGroups.join(feedback.id, vector));
        List<Term> terms = themes.extract(text, locale);
        storeTerms(feedback.id, terms.subList(0, Math.min(terms.size(), TERMS_STORED)));
        return terms;
    }

    /** One multi-row insert instead of a round trip per term. */
    private void storeTerms(UUID feedbackId, List<Term> terms) {
        if (terms.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into feedback_term (feedback_id, term, label) values ");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(2 * i + 2).append(", ?").append(2 * i + 3).append(')');
        }
        var insert = em.createNativeQuery(sql.toString()).setParameter(1, feedbackId);
        for (int i = 0; i < terms.size(); i++) {
            insert.setParameter(2 * i + 2, terms.get(i).key()).setParameter(2 * i + 3, terms.get(i).label());
        }
        insert.executeUpdate();
    }

    /**
     * What an idempotency receipt fingerprints: the submission as it is stored, the customer as the keyed pseudonym
     * and the text redacted. An unkeyed hash of the raw submission, kept 24 h, would confirm a guessed reference
     * (an NPS answer without text is guessable but for it).
     */
    record Fingerprinted(FeedbackType type, Integer score, Integer rating, String text, SubjectRef subject,
                         Channel channel, String locale, Instant submittedAt, String customer) {

        static Fingerprinted of(FeedbackSubmitted s, String redactedText, CustomerPseudonyms.Pseudonym customer) {
            return new Fingerprinted(s.type(), s.score(), s.rating(), redactedText, s.subject(), s.channel(), s.locale(),
                    s.submittedAt(), customer.hash());
        }
    }

    /** The stored feedback's id, and whether it had been stored before (a duplicate submission). */
    public record Accepted(UUID feedbackId, boolean duplicate) {
    }
}
