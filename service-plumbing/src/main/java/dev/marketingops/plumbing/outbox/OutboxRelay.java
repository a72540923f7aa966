package dev.marketingops.plumbing.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes committed outbox rows to Kafka in id order. Only the replica holding a PostgreSQL advisory lock relays,
 * so two replicas never interleave one key's events; LISTEN/NOTIFY wakes it at commit, a short poll is the fallback.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant works: each service has its own database. */
    static final long LEADER_LOCK_KEY = 0x6d6f70735f72656cL;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final boolean enabled;
    private final Duration pollInterval;
    private final OutboxBatches batches;

    private volatile boolean running;
    private volatile boolean leader;
    private Thread thread;

    public OutboxRelay(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                       @ConfigProperty(name = "quarkus.datasource.username") String username,
                       @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password,
                       @ConfigProperty(name = "marketingops.outbox.relay.enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "marketingops.outbox.poll-interval") Duration pollInterval,
                       OutboxBatches batches) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.enabled = enabled;
        this.pollInterval = pollInterval;
        this.batches = batches;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        leader = false;
    }

    /** True while this replica holds the relay lock. */
    public boolean isLeader() {
        return leader;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
                connection.setAutoCommit(true);
                awaitLeadership(connection);
                listen(connection);
                backoff = Duration.ofMillis(200);
                relay(connection);
            } catch (SQLException | RuntimeException e) {
                leader = false;
                if (running) {
                    LOG.warnf("Outbox relay paused (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                    pause(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : backoff.multipliedBy(2);
                }
            }
        }
    }

    private void awaitLeadership(Connection connection) throws SQLException {
        while (running) {
            try (Statement st = connection.createStatement();
                 var rs = st.executeQuery("select pg_try_advisory_lock(" + LEADER_LOCK_KEY + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    leader = true;
                    LOG.info("Outbox relay is active on this replica");
                    return;
                }
            }
            pause(Duration.ofSeconds(1));
        }
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("listen outbox_event");
        }
    }

    private void relay(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
            boolean full = batches.publishNext(connection);
            if (!full) {
                // Blocks until a commit notifies us or the poll interval passes.
                pg.getNotifications((int) pollInterval.toMillis());
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
