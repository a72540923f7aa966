package dev.marketingops.metrics.support;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.activity.domain.CountedActivity;
import dev.marketingops.metrics.activity.domain.TouchpointColumns;
import dev.marketingops.metrics.journeys.domain.TouchpointWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Writes and reads stored touchpoints, and publishes erasure requests as feedback-service would. */
@ApplicationScoped
public class Touchpoints {

    private static final EventCodec CODEC = EventCodec.standard();

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final TouchpointWriter writer;

    public Touchpoints(EntityManager em, AgroalDataSource dataSource, TouchpointWriter writer) {
        this.em = em;
        this.dataSource = dataSource;
        this.writer = writer;
    }

    /** Copies counted activity as a batch commit does, in the caller's transaction (so a test can roll it back). */
    public void copy(List<CountedActivity> rows) {
        TouchpointColumns columns = new TouchpointColumns();
        rows.forEach(columns::add);
        try (Connection c = dataSource.getConnection()) {
            writer.write(c, columns);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of a native query's rows, as text ({@code ?1}, {@code ?2}… bind the parameters). */
    @SuppressWarnings("unchecked")
    public List<String> texts(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((List<Object>) query.getResultList()).stream().map(String::valueOf).toList();
        });
    }

    /** Touchpoint rows of a campaign. */
    public long count(UUID campaign) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from touchpoint where campaign_id = ?1").setParameter(1, campaign).getSingleResult()).longValue());
    }

    /** Touchpoint rows of a stored customer pseudonym. */
    public long countOf(UUID customerKey) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from touchpoint where customer_key = ?1").setParameter(1, customerKey).getSingleResult()).longValue());
    }

    /** Every stored column of a campaign's touchpoints as text, to look for a raw reference. */
    @SuppressWarnings("unchecked")
    public List<String> rowsAsText(UUID campaign) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select t::text from touchpoint t where campaign_id = ?1").setParameter(1, campaign).getResultList());
    }

    /** The touchpoint partitions (child tables), by name. */
    @SuppressWarnings("unchecked")
    public List<String> partitions() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'touchpoint'::regclass order by c.relname""").getResultList());
    }

    /** Publishes a CustomerErasureRequested with the given CloudEvent id (repeat it to redeliver). */
    public static void requestErasure(String customerRef, UUID requestId, String eventId) {
        CustomerErasureRequested request = new CustomerErasureRequested(requestId, customerRef, Instant.now(), "privacy-officer");
        new KafkaTestClient(KafkaTestResource.broker().bootstrapServers()).publish(CODEC.toProducerRecord(
                "privacy.erasure", request.partitionKey(),
                CODEC.toCloudEvent(request, URI.create("/feedback-service"), eventId, OffsetDateTime.now(ZoneOffset.UTC))));
    }
}
