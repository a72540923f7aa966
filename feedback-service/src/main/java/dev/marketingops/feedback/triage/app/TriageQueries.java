package dev.marketingops.feedback.triage.app;

import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.feedback.triage.domain.RequestCorpus;
import dev.marketingops.feedback.triage.domain.TextSimilarity;
import dev.marketingops.feedback.triage.domain.TextSimilarity.Match;
import dev.marketingops.plumbing.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Read side of triage: untriaged requests, and duplicates and items that look like a request. */
@ApplicationScoped
public class TriageQueries {

    /** Below this cosine similarity a suggestion is noise. */
    public static final double MIN_SCORE = 0.1;

    private static final String UNTRIAGED = "type = ?1 and roadmapItemId is null and mergedInto is null";

    private final RequestCorpus corpus;
    private final FeatureVotes votes;

    public TriageQueries(RequestCorpus corpus, FeatureVotes votes) {
        this.corpus = corpus;
        this.votes = votes;
    }

    /** Requests not linked to an item and not merged, newest first. */
    @Transactional
    public Untriaged untriaged(int page, int size) {
        var query = Feedback.find(UNTRIAGED, Sort.by("submittedAt").descending().and("id"), FeedbackType.FEATURE_REQUEST);
        List<Request> requests = query.page(page, size).<Feedback>list().stream()
                .map(f -> new Request(f, votes.votersOf(f.id))).toList();
        return new Untriaged(requests, query.count());
    }

    /** Likely duplicates among open requests and likely items, by TF-IDF cosine over the analysed texts. */
    @Transactional
    public Suggestions suggest(UUID feedbackId, int limit) {
        Feedback request = Feedback.findById(feedbackId);
        if (request == null || request.type != FeedbackType.FEATURE_REQUEST) {
            throw ProblemException.notFound("Feature request", feedbackId);
        }
        Set<String> terms = corpus.termsOf(feedbackId);
        List<Match<UUID>> duplicates = TextSimilarity.rank(terms, corpus.otherRequests(feedbackId), MIN_SCORE, limit);
        List<Match<UUID>> items = TextSimilarity.rank(terms, corpus.items(feedbackId), MIN_SCORE, limit);
        Map<UUID, Feedback> texts = duplicates.isEmpty() ? Map.of() : Feedback.<Feedback>list("id in ?1",
                duplicates.stream().map(Match::key).toList()).stream()
                .collect(Collectors.toMap(f -> f.id, f -> f));
        return new Suggestions(request, duplicates.stream().filter(m -> texts.containsKey(m.key()))
                .map(m -> new Similar(texts.get(m.key()), m.score())).toList(), items, corpus.launchNames());
    }

    /** A request with its number of voters. */
    public record Request(Feedback feedback, long voters) {
    }

    /** A page of untriaged requests and how many there are in all. */
    public record Untriaged(List<Request> requests, long total) {
    }

    /** A similar request and its similarity score. */
    public record Similar(Feedback feedback, double score) {
    }

    /** What looks like the request: other requests, items (with their launch names where known). */
    public record Suggestions(Feedback request, List<Similar> duplicates, List<Match<UUID>> items, Map<UUID, String> itemTitles) {
    }
}
