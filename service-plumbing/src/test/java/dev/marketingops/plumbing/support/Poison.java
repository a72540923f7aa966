package dev.marketingops.plumbing.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Marks launches the test consumer must fail on, and how (see the test app's CompletionConsumer). */
@ApplicationScoped
public class Poison {

    private final EntityManager em;

    public Poison(EntityManager em) {
        this.em = em;
    }

    public UUID launch(String kind) {
        UUID launch = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into poison_launch (launch_id, kind) values (?1, ?2)")
                .setParameter(1, launch).setParameter(2, kind).executeUpdate());
        return launch;
    }
}
