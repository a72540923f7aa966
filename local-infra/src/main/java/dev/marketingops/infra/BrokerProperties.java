package dev.marketingops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The embedded broker's server.properties: written at each start, read back for the ports of an earlier run. */
record BrokerProperties(int port, int controllerPort, Path dataDir, int numPartitions, boolean autoCreateTopics) {

    static final String FILE_NAME = "server.properties";

    private static final Pattern LISTENER_PORT = Pattern.compile("(PLAINTEXT|CONTROLLER)://127\\.0\\.0\\.1:(\\d+)");

    /** {client port, controller port} from an earlier run's server.properties; zeros when there is none. */
    static int[] portsIn(Path stateDir) {
        int[] ports = {0, 0};
        Path config = stateDir.resolve(FILE_NAME);
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

    void writeTo(Path stateDir) {
        try {
            Files.createDirectories(stateDir);
            Files.writeString(stateDir.resolve(FILE_NAME), text());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker config into " + stateDir, e);
        }
    }

    private String text() {
        return String.join("\n",
                "# Written by " + KafkaBroker.class.getName() + " at each start.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir,
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
    }
}
