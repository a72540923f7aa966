package dev.marketingops.infra;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a container started through Testcontainers' PostgreSQL module ({@code -Dinfra=testcontainers}). */
final class ContainerPostgres extends ContainerServer implements PostgresInstance {

    private static final int POSTGRES_PORT = 5432;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    // JVM-wide, so another class loader's copy of the test resources adopts the same container.
    private static final String ID_PROPERTY = "marketingops.test.postgres.container";

    private ContainerPostgres(String containerId, int hostPort) {
        super(containerId, hostPort);
    }

    /** This JVM's container: adopted if this JVM started one, else started on {@code hostPort} (0: a free port). */
    static ContainerPostgres forThisJvm(int hostPort, boolean fsync) {
        String existing = System.getProperty(ID_PROPERTY);
        if (existing != null && hostPort > 0) {
            return new ContainerPostgres(existing, hostPort);
        }
        ContainerPostgres started = start(hostPort, fsync);
        System.setProperty(ID_PROPERTY, started.containerId());
        return started;
    }

    /** A new PostgreSQL container on {@code hostPort} (0: a free port), removed when this JVM exits. */
    static ContainerPostgres start(int hostPort, boolean fsync) {
        int port = hostPort > 0 ? hostPort : FreePorts.any();
        PostgreSQLContainer container = new PostgreSQLContainer(ContainerImages.postgres())
                .withUsername(USERNAME)
                .withPassword(PASSWORD)
                .withDatabaseName("postgres")
                .withCommand("postgres", "-c", "fsync=" + (fsync ? "on" : "off"),
                        "-c", "max_connections=" + PostgresServer.MAX_CONNECTIONS);
        return new ContainerPostgres(startOnFixedPort(container, POSTGRES_PORT, port), port);
    }

    @Override
    public int port() {
        return hostPort();
    }






    @Override
    public ContainerPostgres restart() {
        restartContainer();
        return this;
    }

    @Override
    void awaitReady() {
        PostgresAdmin admin = admin();
        Processes.await(admin::answers, START_TIMEOUT, () -> "PostgreSQL container not ready after " + START_TIMEOUT);
    }

    @Override
    public PostgresAdmin admin() {
        return new PostgresAdmin(DockerClientFactory.instance().dockerHostIpAddress(), hostPort(), USERNAME, PASSWORD);
    }
}
