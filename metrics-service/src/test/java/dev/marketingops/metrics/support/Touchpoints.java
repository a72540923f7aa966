package dev.marketingops.metrics.support;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Reads stored touchpoints and publishes erasure requests as feedback-service would. */
@ApplicationScoped
public class Touchpoints {

    private static final EventCodec CODEC = EventCodec.standard();

    private final EntityManager em;

    public Touchpoints(EntityManager em) {
        this.em = em;
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
