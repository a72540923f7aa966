package dev.marketingops.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/** A single-node Kafka broker (KRaft, broker and controller in one process) running in its own JVM. */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final String CLASSPATH_RESOURCE = "/dev/marketingops/infra/kafka-broker.classpath";
    private static final String LOG_CONFIG_RESOURCE = "/dev/marketingops/infra/kafka-broker-log4j2.xml";
    private static final String MAIN_CLASS = "kafka.Kafka";
    private static final Pattern LISTENER_PORT = Pattern.compile("(PLAINTEXT|CONTROLLER)://127\\.0\\.0\\.1:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Path stateDir;
    private final int requestedPort;
    private final int numPartitions;
    private final boolean autoCreateTopics;
    private int port;
    private int controllerPort;
    // Only when this instance launched the broker: holding the Process lets the JVM reap it.
    private Process process;
    private boolean shutdownHookRegistered;

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
        this.stateDir = stateDir.toAbsolutePath().normalize();
        this.requestedPort = port;
        this.numPartitions = numPartitions;
        this.autoCreateTopics = autoCreateTopics;
    }

    /**
     * Starts the broker and waits until it serves clients. A broker that this JVM already runs on the state directory
     * is adopted as is; one left by a dead JVM is stopped first.
     */
    public synchronized KafkaBroker start() {
        OptionalLong running = brokerPid(stateDir);
        if (running.isPresent()) {
            long pid = running.getAsLong();
            if (Processes.isChildOfThisJvm(pid)) {
                // Started by this JVM, e.g. by this class in another Quarkus class loader: share it.
                readPorts();
                return this;
            }
            LOG.log(System.Logger.Level.WARNING, "Stopping a Kafka broker (pid {0}) left running in {1}", pid, stateDir);
            stopBroker(pid, true);
        }
        choosePorts();
        writeConfig();
        formatStorageIfNeeded();
        launch();
        return this;
    }

    /** SIGTERM: Kafka shuts down cleanly (flushes, writes its clean-shutdown marker). */
    public synchronized void stop() {
        brokerPid(stateDir).ifPresent(pid -> stopBroker(pid, true));
        reap();
    }

    /** SIGKILL, as when the broker's machine or container dies; the next start recovers the logs. */
    public synchronized void kill() {
        brokerPid(stateDir).ifPresent(pid -> stopBroker(pid, false));
        reap();
    }

    /** Stops if running, then starts again with the same ports and data. */
    public synchronized KafkaBroker restart() {
        stop();
        return start();
    }

    public synchronized boolean isRunning() {
        return brokerPid(stateDir).isPresent();
    }

    public synchronized String bootstrapServers() {
        if (port == 0) {
            throw new IllegalStateException("Never started");
        }
        return "127.0.0.1:" + port;
    }

    public Path stateDir() {
        return stateDir;
    }

    /** Creates the topics that do not exist yet, with replication factor 1. */
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        List<NewTopic> topics = new ArrayList<>();
        partitionsByTopic.forEach((name, partitions) -> topics.add(new NewTopic(name, partitions, (short) 1)));
        try (Admin admin = admin()) {
            var results = admin.createTopics(topics).values();
            for (var result : results.entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic creation timed out", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Runs one of Kafka's command-line tools against this broker in its own JVM (the broker's classpath, so the tool
     * matches the broker's version), e.g. {@code org.apache.kafka.tools.ConsumerPerformance}, and answers its output.
     */
    public String runTool(Duration timeout, String mainClass, String... args) {
        List<String> command = javaCommand("-Xmx512m");
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile(stateDir, "tool", ".out");
            try {
                Process tool = processBuilder(command).redirectOutput(output.toFile()).start();
                if (!tool.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    tool.destroyForcibly();
                    throw new IllegalStateException(mainClass + " did not finish within " + timeout);
                }
                String printed = Files.readString(output);
                if (tool.exitValue() != 0) {
                    throw new IllegalStateException(mainClass + " failed (" + tool.exitValue() + "):\n" + printed);
                }
                return printed;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + mainClass, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + mainClass, e);
        }
    }

    /** Stops whatever broker runs on a state directory (used for leftovers of dead test runs). */
    static void stopBrokerIn(Path stateDir, boolean graceful) {
        brokerPid(stateDir.toAbsolutePath().normalize()).ifPresent(pid -> stopBroker(pid, graceful));
    }

    private Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-infra-admin");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(config);
    }

    private void choosePorts() {
        if (port > 0) {
            return; // restart: the very same ports, clients reconnect to them
        }
        int[] previous = portsFromConfig();
        port = requestedPort > 0 ? requestedPort : reuseOrPick(previous[0]);
        controllerPort = reuseOrPick(previous[1]);
    }

    private static int reuseOrPick(int previous) {
        return previous > 0 && Processes.isFree(previous) ? previous : Processes.freePort();
    }

    private void readPorts() {
        int[] ports = portsFromConfig();
        port = ports[0];
        controllerPort = ports[1];
    }

    /** {client port, controller port} from an earlier run's server.properties; zeros when there is none. */
    private int[] portsFromConfig() {
        int[] ports = {0, 0};
        Path config = stateDir.resolve("server.properties");
        if (Files.exists(config)) {
            try {
                Matcher matcher = LISTENER_PORT.matcher(Files.readString(config));
                while (matcher.find()) {
                    ports[matcher.group(1).equals("PLAINTEXT") ? 0 : 1] = Integer.parseInt(matcher.group(2));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ports;
    }

    private void writeConfig() {
        String config = String.join("\n",
                "# Written by " + KafkaBroker.class.getName() + " at each start.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir(),
                "num.partitions=" + numPartitions,
                "auto.create.topics.enable=" + autoCreateTopics,
                "# One node: internal topics cannot have more replicas.",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "# Fewer offsets partitions: less to load at each start and after a kill.",
                "offsets.topic.num.partitions=5",
                "group.initial.rebalance.delay.ms=0",
                "# After a kill -9 the restarted broker must wait for its previous session to expire (default 9 s).",
                "broker.session.timeout.ms=2000",
                "broker.heartbeat.interval.ms=500",
                "");
        try {
            Files.createDirectories(stateDir);
            Files.writeString(stateDir.resolve("server.properties"), config);
            try (InputStream logConfig = resource(LOG_CONFIG_RESOURCE)) {
                Files.write(logConfigFile(), logConfig.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker config into " + stateDir, e);
        }
    }

    private void formatStorageIfNeeded() {
        if (Files.exists(dataDir().resolve("meta.properties"))) {
            return;
        }
        List<String> command = javaCommand("-Xmx256m", "-XX:TieredStopAtLevel=1");
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--ignore-formatted",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile().toString()));
        try {
            Process format = processBuilder(command).start();
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

    private void launch() {
        // C1 only: the broker is ready in about half the time on two cores, and a local broker never needs C2.
        List<String> command = javaCommand("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        command.addAll(List.of(MAIN_CLASS, configFile().toString()));
        try {
            process = processBuilder(command).start();
            Files.writeString(pidFile(), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch the Kafka broker", e);
        }
        registerShutdownHook();
        try {
            awaitReady();
        } catch (RuntimeException e) {
            kill();
            throw new IllegalStateException(e.getMessage() + "; broker log " + logFile() + ":\n"
                    + Processes.tail(logFile(), 30), e);
        }
        LOG.log(System.Logger.Level.INFO, "Kafka broker ready on {0} (state {1})", bootstrapServers(), stateDir);
    }

    /** The port opens before the broker serves requests, so readiness is an answered describeCluster. */
    private void awaitReady() {
        Process launched = process;
        Processes.await(() -> !launched.isAlive() || accepts(port), START_TIMEOUT,
                () -> "Kafka broker port " + port + " not open after " + START_TIMEOUT);
        if (!launched.isAlive()) {
            throw new IllegalStateException("Kafka broker exited with " + launched.exitValue());
        }
        try (Admin admin = admin()) {
            Processes.await(() -> {
                if (!launched.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited with " + launched.exitValue());
                }
                try {
                    return !admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty();
                } catch (ExecutionException | TimeoutException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted", e);
                }
            }, START_TIMEOUT, () -> "Kafka broker not serving after " + START_TIMEOUT);
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

    private List<String> javaCommand(String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.configurationFile=" + logConfigFile());
        command.add("-cp");
        command.add(brokerClasspath());
        return command;
    }

    private ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(stateDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        // The broker must not inherit agents or options meant for the JVM that launches it (tests, IDE).
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH")) {
            builder.environment().remove(variable);
        }
        return builder;
    }

    /** The jars written by the kafka-broker module's build: absolute paths into the local Maven repository. */
    private static String brokerClasspath() {
        String classpath;
        try (InputStream in = resource(CLASSPATH_RESOURCE)) {
            classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String jar : classpath.split(File.pathSeparator)) {
            if (!Files.exists(Path.of(jar))) {
                throw new IllegalStateException("Kafka broker jar missing: " + jar
                        + " (the kafka-broker module was built against another local Maven repository; rebuild it)");
            }
        }
        return classpath;
    }

    private static InputStream resource(String name) {
        InputStream in = KafkaBroker.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " not on the classpath: add dev.marketingops:kafka-broker "
                    + "(with an exclusion of *:*) and build deploy/kafka-broker");
        }
        return in;
    }

    private static OptionalLong brokerPid(Path stateDir) {
        OptionalLong pid = Processes.readPid(stateDir.resolve("broker.pid"));
        // A recycled pid would not run kafka.Kafka on this state directory's config.
        return pid.isPresent()
                && Processes.isRunning(pid.getAsLong(), MAIN_CLASS, stateDir.resolve("server.properties").toString())
                ? pid : OptionalLong.empty();
    }

    private static void stopBroker(long pid, boolean graceful) {
        ProcessHandle.of(pid).ifPresent(graceful ? ProcessHandle::destroy : ProcessHandle::destroyForcibly);
        if (!Processes.awaitExit(pid, STOP_TIMEOUT)) {
            LOG.log(System.Logger.Level.WARNING, "Kafka broker {0} still running; killing it", pid);
            Processes.killTree(pid, STOP_TIMEOUT);
        }
    }

    private void reap() {
        Processes.reap(process, STOP_TIMEOUT);
        process = null;
    }

    private void registerShutdownHook() {
        if (!shutdownHookRegistered) {
            shutdownHookRegistered = true;
            // A normal JVM exit (end of a test run, Ctrl+C on the launcher) leaves no broker behind.
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "kafka-broker-shutdown"));
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot stop the Kafka broker in " + stateDir, e);
        }
    }

    private Path dataDir() {
        return stateDir.resolve("data");
    }

    private Path configFile() {
        return stateDir.resolve("server.properties");
    }

    private Path logConfigFile() {
        return stateDir.resolve("log4j2.xml");
    }

    private Path pidFile() {
        return stateDir.resolve("broker.pid");
    }

    private Path logFile() {
        return stateDir.resolve("broker.log");
    }
}
