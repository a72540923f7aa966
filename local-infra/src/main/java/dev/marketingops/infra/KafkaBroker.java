package dev.marketingops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

/** A single-node Kafka broker (KRaft, broker and controller in one process) running in its own JVM. */
public final class KafkaBroker extends LocalServerProcess implements KafkaInstance {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final String MAIN_CLASS = "kafka.Kafka";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path stateDir;
    private final int requestedPort;
    private final int numPartitions;
    private final boolean autoCreateTopics;
    private final BrokerJvm jvm;
    private int port;
    private int controllerPort;

    /** A broker for tests: a free port, one partition per auto-created topic. */
    public KafkaBroker(Path stateDir) {
        this(stateDir, 0, 1, true);
    }

    /**
     * @param stateDir holds the broker's data, config, pid file and log
     * @param port the client port; 0 keeps the port of the previous run on this state directory if it is free, else
     *     picks a free one
     * @param numPartitions {@code num.partitions}: the partition count of auto-created topics
     * @param autoCreateTopics {@code auto.create.topics.enable}
     */
    public KafkaBroker(Path stateDir, int port, int numPartitions, boolean autoCreateTopics) {
        super("Kafka broker");
        this.stateDir = stateDir.toAbsolutePath().normalize();
        this.requestedPort = port;
        this.numPartitions = numPartitions;
        this.autoCreateTopics = autoCreateTopics;
        this.jvm = new BrokerJvm(this.stateDir);
    }

    /**
     * Starts the broker and waits until it serves clients. A broker that this JVM already runs on the state directory
     * is adopted as is; one left by a dead JVM is stopped first.
     */
    public synchronized KafkaBroker start() {
        startOrAdopt();
        return this;
    }

    /** Stops if running (SIGTERM: Kafka writes its clean-shutdown marker), then starts again on the same ports. */
    @Override
    public synchronized KafkaBroker restart() {
        stop();
        return start();
    }

    @Override
    public synchronized String bootstrapServers() {
        if (port == 0) {
            throw new IllegalStateException("Never started");
        }
        return "127.0.0.1:" + port;
    }

    public Path stateDir() {
        return stateDir;
    }

    @Override
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        KafkaAdmin.createTopics(bootstrapServers(), partitionsByTopic);
    }

    @Override
    public String runTool(Duration timeout, String mainClass, String... args) {
        return jvm.run(timeout, mainClass, args);
    }

    /** Stops whatever broker runs on a state directory (used for leftovers of dead test runs). */
    static void stopBrokerIn(Path stateDir, boolean graceful) {
        KafkaBroker leftover = new KafkaBroker(stateDir);
        leftover.runningPid().ifPresent(pid -> leftover.stopProcess(pid, graceful));
    }

    @Override
    OptionalLong runningPid() {
        OptionalLong pid = Processes.readPid(pidFile());
        // A recycled pid would not run kafka.Kafka on this state directory's config.
        return pid.isPresent() && Processes.isRunning(pid.getAsLong(), MAIN_CLASS, configFile().toString())
                ? pid : OptionalLong.empty();
    }

    @Override
    void adopt() {
        int[] ports = BrokerProperties.portsIn(stateDir);
        port = ports[0];
        controllerPort = ports[1];
    }

    @Override
    void prepare() {
        if (port == 0) { // on a restart: the very same ports, clients reconnect to them
            int[] previous = BrokerProperties.portsIn(stateDir);
            port = requestedPort > 0 ? requestedPort : reuseOrPick(previous[0]);
            controllerPort = reuseOrPick(previous[1]);
        }
        new BrokerProperties(port, controllerPort, dataDir(), numPartitions, autoCreateTopics).writeTo(stateDir);
        formatStorageIfNeeded();
    }

    @Override
    ProcessBuilder command() {
        // C1 only: the broker is ready in about half the time on two cores, and a local broker never needs C2.
        List<String> command = jvm.javaCommand("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        command.addAll(List.of(MAIN_CLASS, configFile().toString()));
        return jvm.processBuilder(command);
    }

    @Override
    void launched(Process launched) {
        try {
            Files.writeString(pidFile(), Long.toString(launched.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + pidFile(), e);
        }
    }

    @Override
    void awaitReady(Process launched) {
        Processes.await(() -> !launched.isAlive() || accepts(port), START_TIMEOUT,
                () -> "Kafka broker port " + port + " not open after " + START_TIMEOUT);
        KafkaAdmin.awaitServing(bootstrapServers(), launched::isAlive, START_TIMEOUT);
        if (launched.isAlive()) {
            LOG.log(System.Logger.Level.INFO, "Kafka broker ready on {0} (state {1})", bootstrapServers(), stateDir);
        }
    }

    @Override
    Path logFile() {
        return jvm.logFile();
    }

    private static int reuseOrPick(int previous) {
        return previous > 0 && FreePorts.isFree(previous) ? previous : FreePorts.any();
    }

    private void formatStorageIfNeeded() {
        if (Files.exists(dataDir().resolve("meta.properties"))) {
            return;
        }
        List<String> command = jvm.javaCommand("-Xmx256m", "-XX:TieredStopAtLevel=1");
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--ignore-formatted",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile().toString()));
        try {
            Process format = jvm.processBuilder(command).start();
            if (!format.waitFor(60, TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting the broker storage timed out");
            }
            if (format.exitValue() != 0) {
                throw new IllegalStateException("Formatting the broker storage failed, log " + logFile() + ":\n"
                        + Processes.tail(logFile(), 20));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot format " + dataDir(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Path dataDir() {
        return stateDir.resolve("data");
    }

    private Path configFile() {
        return stateDir.resolve(BrokerProperties.FILE_NAME);
    }

    private Path pidFile() {
        return stateDir.resolve("broker.pid");
    }
}
