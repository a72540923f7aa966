package dev.marketingops.metrics.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Counts the SQL statements Hibernate prepares, per thread, so a benchmark can tell what one job's round costs. */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCount implements StatementInspector {

    private static final Map<Long, LongAdder> BY_THREAD = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        BY_THREAD.computeIfAbsent(Thread.currentThread().getId(), t -> new LongAdder()).increment();
        return sql;
    }

    /** Statements prepared so far on the thread. */
    public static long of(long threadId) {
        LongAdder count = BY_THREAD.get(threadId);
        return count == null ? 0 : count.sum();
    }
}
