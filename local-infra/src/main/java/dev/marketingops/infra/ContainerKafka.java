package dev.marketingops.infra;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/** A Kafka broker in an {@code org.testcontainers.kafka.KafkaContainer} ({@code -Dinfra=testcontainers}). */
final class ContainerKafka extends ContainerServer implements KafkaInstance {

    private static final int KAFKA_PORT = 9092;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String ID_PROPERTY = "marketingops.test.kafka.container";
    private static final String PORT_PROPERTY = "marketingops.test.kafka.port";
    // Written by the local stand-in image's start script; pid 1 is Testcontainers' "sh -c" wrapper, deaf to SIGTERM.
    private static final String SIGNAL_BROKER = "test -f /tmp/kafka.pid && kill -TERM \"$(cat /tmp/kafka.pid)\"";

    private ContainerKafka(String containerId, int hostPort) {
        super(containerId, hostPort);
    }

    /** This JVM's broker container: adopted if this JVM started one (any class loader), else started. */
    static ContainerKafka forThisJvm() {
        String existing = System.getProperty(ID_PROPERTY);
        if (existing != null) {
            return new ContainerKafka(existing, Integer.getInteger(PORT_PROPERTY));
        }
        ContainerKafka started = start(0, 1, true);
        System.setProperty(ID_PROPERTY, started.containerId());
        System.setProperty(PORT_PROPERTY, Integer.toString(started.hostPort()));
        return started;
    }

    /** A new broker container on {@code hostPort} (0: a free port), removed when this JVM exits. */
    static ContainerKafka start(int hostPort, int numPartitions, boolean autoCreateTopics) {
        int port = hostPort > 0 ? hostPort : FreePorts.any();
        KafkaContainer container = new KafkaContainer(ContainerImages.kafka())
                .withEnv("KAFKA_NUM_PARTITIONS", Integer.toString(numPartitions))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", Boolean.toString(autoCreateTopics))
                // As the embedded broker: a restart after a kill need not wait 9 s for the old session to expire.
                .withEnv("KAFKA_BROKER_SESSION_TIMEOUT_MS", "2000")
                .withEnv("KAFKA_BROKER_HEARTBEAT_INTERVAL_MS", "500");
        return new ContainerKafka(startOnFixedPort(container, KAFKA_PORT, port), port);
    }

    @Override
    public String bootstrapServers() {
        return DockerClientFactory.instance().dockerHostIpAddress() + ":" + hostPort();
    }

    @Override
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        KafkaAdmin.createTopics(bootstrapServers(), partitionsByTopic);
    }

    @Override
    public ContainerKafka restart() {
        restartContainer();
        return this;
    }

    /** The tool runs on this machine, on the embedded broker's classpath, against the container. */
    @Override
    public String runTool(Duration timeout, String mainClass, String... args) {
        return new BrokerJvm(TestRun.dir().resolve("kafka-tools")).run(timeout, mainClass, args);
    }

    @Override
    void awaitReady() {
        KafkaAdmin.awaitServing(bootstrapServers(), this::isRunning, START_TIMEOUT);
    }

    /** SIGTERM to the broker JVM itself when the image says where it is; else {@code docker stop}. */
    @Override
    void requestShutdown() {
        var docker = docker();
        String exec = docker.execCreateCmd(containerId()).withCmd("sh", "-c", SIGNAL_BROKER).exec().getId();
        try {
            docker.execStartCmd(exec).start().awaitCompletion(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        Long exitCode = docker.inspectExecCmd(exec).exec().getExitCodeLong();
        if (exitCode == null || exitCode != 0) {
            super.requestShutdown();
        }
    }
}
