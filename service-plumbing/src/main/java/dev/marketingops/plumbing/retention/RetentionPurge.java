package dev.marketingops.plumbing.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The one retention purge: expired rows of every {@link RetentionRule}, in short chunks, safe on many replicas. */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    private final EntityManager em;
    private final List<RetentionRule> rules;
    private final int chunkSize;
    private final MeterRegistry registry;

    public RetentionPurge(EntityManager em, Instance<RetentionRule> rules,
                          @ConfigProperty(name = "marketingops.retention.chunk-size", defaultValue = "5000") int chunkSize,
                          MeterRegistry registry) {
        this.em = em;
        this.rules = rules.stream().toList();
        this.chunkSize = chunkSize;
        this.registry = registry;
    }

    @Scheduled(every = "${marketingops.retention.purge-interval:5m}", delayed = "${marketingops.retention.purge-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purgeAll();
    }

    /** Purges every registered table; answers rows deleted per rule name. A failing table does not stop the others. */
    public Map<String, Integer> purgeAll() {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            try {
                deleted.put(rule.name(), purge(rule));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Retention purge of %s failed; the next run tries again", rule.name());
            }
        }
        return deleted;
    }

    /** Purges the rule registered under this name. */
    public int purge(String name) {
        return purge(rules().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No retention rule " + name + " in " + rules())));
    }

    public List<RetentionRule> rules() {
        return rules;
    }

    /** Each chunk is its own short transaction; {@code skip locked} lets replicas purging at once take different rows. */
    private int purge(RetentionRule rule) {
        String sql = "delete from " + rule.table() + " where ctid = any(array(select ctid from " + rule.table()
                + " where " + rule.timeColumn() + " < now() - make_interval(secs => ?1) limit ?2 for update skip locked))";
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                    .setParameter(1, (double) rule.retention().toSeconds())
                    .setParameter(2, chunkSize)
                    .executeUpdate());
            total += deleted;
        } while (deleted == chunkSize);
        registry.counter("marketingops.retention.purged", "table", rule.table()).increment(total);
        if (total > 0) {
            LOG.debugf("Retention purge of %s deleted %d rows", rule.name(), total);
        }
        return total;
    }
}
