package dev.marketingops.metrics.feedback.domain;

import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.contracts.feedback.NpsUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** NPS and CSAT per subject, from feedback.insights NpsUpdated (newest asOf wins), read as KPIs. */
@ApplicationScoped
public class NpsScores {

    /** The latest figures of one subject. */
    public record Score(BigDecimal nps, long responses, BigDecimal csatAverage, Instant asOf) {
    }

    private final EntityManager em;

    public NpsScores(EntityManager em) {
        this.em = em;
    }

    /** Keeps the update unless a newer one is already stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(NpsUpdated u) {
        em.createNativeQuery("""
                insert into nps_score (subject_type, subject_id, nps, responses, csat_average, as_of)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (subject_type, subject_id) do update set nps = excluded.nps, responses = excluded.responses,
                    csat_average = excluded.csat_average, as_of = excluded.as_of
                where nps_score.as_of <= excluded.as_of""")
                .unwrap(NativeQuery.class)
                .setParameter(1, u.subjectType().name(), String.class)
                .setParameter(2, u.subjectId(), UUID.class)
                .setParameter(3, u.nps(), BigDecimal.class)
                .setParameter(4, u.responses(), Long.class)
                .setParameter(5, u.csatAverage(), BigDecimal.class)
                .setParameter(6, u.asOf(), Instant.class)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Score> latest(SubjectType type, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select nps, responses, csat_average, as_of from nps_score where subject_type = ?1 and subject_id = ?2")
                .setParameter(1, type.name()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> new Score((BigDecimal) r[0], ((Number) r[1]).longValue(),
                (BigDecimal) r[2], r[3] instanceof Instant i ? i : ((java.time.OffsetDateTime) r[3]).toInstant()));
    }
}
