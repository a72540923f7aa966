package dev.marketingops.infra;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;

/** A server in a Testcontainers container on a fixed host port: kill and restart keep its data and its port. */
// Ryuk is off (its image is on Docker Hub): the JVM that created a container removes it when it exits, and a later
// run removes the containers of runs whose JVM died.
abstract class ContainerServer {

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private static final System.Logger LOG = System.getLogger(ContainerServer.class.getName());
    private static final String RUN_LABEL = "dev.marketingops.test-run";

    private final String containerId;
    private final int hostPort;

    /** Adopts a container by id (started by this JVM, perhaps from another class loader). */
    ContainerServer(String containerId, int hostPort) {
        this.containerId = containerId;
        this.hostPort = hostPort;
    }

    /** Waits until the (re)started server serves clients. */
    abstract void awaitReady();

    /**
     * Starts a container with {@code containerPort} published on {@code hostPort}, labelled with this test run, and
     * removed when this JVM exits. Answers its id.
     */
    static String startOnFixedPort(GenericContainer<?> container, int containerPort, int hostPort) {
        removeContainersOfDeadRuns();
        ProcessHandle self = ProcessHandle.current();
        container.withLabel(RUN_LABEL, self.pid() + "-" + TestRun.startMillis(self))
                .withCreateContainerCmdModifier(create -> create.getHostConfig().withPortBindings(
                        new PortBinding(Ports.Binding.bindPort(hostPort), new ExposedPort(containerPort))));
        container.start();
        String id = container.getContainerId();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(id), "container-removal"));
        return id;
    }

    String containerId() {
        return containerId;
    }

    int hostPort() {
        return hostPort;
    }

    public synchronized boolean isRunning() {
        return Boolean.TRUE.equals(docker().inspectContainerCmd(containerId).exec().getState().getRunning());
    }

    /** SIGKILL to the container, as when its machine dies; the container and its data stay for a restart. */
    public synchronized void kill() {
        if (isRunning()) {
            docker().killContainerCmd(containerId).exec();
            awaitStopped();
        }
    }

    /** The server's clean shutdown ({@code docker stop}: the image's stop signal, SIGKILL after a timeout). */
    public synchronized void stop() {
        if (isRunning()) {
            requestShutdown();
            awaitStopped();
        }
    }

    /** Stops if running, then starts the same container again (same data, same host port). */
    synchronized void restartContainer() {
        stop();
        docker().startContainerCmd(containerId).exec();
        awaitReady();
    }

    void requestShutdown() {
        docker().stopContainerCmd(containerId).withTimeout((int) STOP_TIMEOUT.toSeconds()).exec();
    }

    static DockerClient docker() {
        return DockerClientFactory.instance().client();
    }

    private void awaitStopped() {
        Processes.await(() -> !isRunning(), STOP_TIMEOUT.plusSeconds(10),
                () -> "Container " + containerId + " still running after " + STOP_TIMEOUT);
    }

    private static void remove(String id) {
        try {
            docker().removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot remove container " + id, e);
        }
    }

    /** Containers whose test JVM died without removing them (killed, crashed). */
    private static void removeContainersOfDeadRuns() {
        List<Container> labelled = docker().listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(RUN_LABEL)).exec();
        for (Container container : labelled) {
            Map<String, String> labels = container.getLabels();
            String run = labels == null ? null : labels.get(RUN_LABEL);
            if (run != null && !TestRun.isLive(run)) {
                LOG.log(System.Logger.Level.INFO, "Removing container {0} of a dead test run", container.getId());
                remove(container.getId());
            }
        }
    }
}
