package dev.marketingops.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** A stack service run from its container image (deploy/build-service-images.sh), with the image's own JVM options. */
final class ServiceContainer {

    /** The image tag to run, e.g. {@code dev} for marketing-ops/&lt;service&gt;:dev; unset runs the build's jar. */
    static final String IMAGES = "marketingops.service-images";
    /** The container memory limit; the Deployments' limit by default, from which run-java.sh sizes the heap. */
    static final String MEMORY = "marketingops.service-container-memory";
    /** Further {@code docker run} options, space-separated (e.g. {@code --cpu-shares=8192}). */
    static final String OPTIONS = "marketingops.service-container-options";
    /** The label naming the stack home a container belongs to. */
    static final String HOME_LABEL = "marketingops.home";

    private final String name;
    private final String image;

    private ServiceContainer(String name, String image) {
        this.name = name;
        this.image = image;
    }

    /** The container to run this service in, if the stack is asked for images (services only, not the console). */
    static Optional<ServiceContainer> forService(StackService service, int port) {
        String tag = System.getProperty(IMAGES, "").trim();
        if (tag.isEmpty() || service.equals(StackService.CONSOLE)) {
            return Optional.empty();
        }
        return Optional.of(new ServiceContainer("marketingops-" + service.name() + "-" + port,
                "marketing-ops/" + service.name() + ":" + tag));
    }

    /**
     * {@code docker run} in the foreground, so the process's output is the service's log and a SIGTERM to it reaches
     * the JVM (the CLI forwards signals). Values stay in the CLI's environment: {@code -e NAME} passes each through.
     */
    List<String> command(Map<String, String> environment, String home) {
        String memory = System.getProperty(MEMORY, "512m");
        List<String> command = new ArrayList<>(List.of("docker", "run", "--rm", "--name", name, "--network", "host",
                "--label", HOME_LABEL + "=" + home, "--memory", memory, "--memory-swap", memory));
        String extra = System.getProperty(OPTIONS, "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        for (String variable : environment.keySet()) {
            command.addAll(List.of("-e", variable));
        }
        command.add("-e");
        command.add("QUARKUS_HTTP_PORT");
        // Files the settings point at (the JWT public key) are mounted read-only where they are on the host.
        TreeSet<Path> folders = new TreeSet<>();
        for (String value : environment.values()) {
            if (value.startsWith("file:/")) {
                folders.add(Path.of(value.substring("file:".length())).getParent());
            }
        }
        folders.forEach(folder -> command.addAll(List.of("-v", folder + ":" + folder + ":ro")));
        command.add(image);
        return command;
    }

    String name() {
        return name;
    }

    /**
     * Removes a container a dead launcher of {@code home} left running ({@code docker rm -f}); false when there is
     * none, when the name now belongs to another home's stack, or when this machine has no docker CLI.
     */
    static boolean removeIfOf(String name, String home) {
        try {
            String owner = docker("inspect", "--format", "{{index .Config.Labels \"" + HOME_LABEL + "\"}}", name).trim();
            return owner.equals(home) && docker("rm", "-f", name).trim().equals(name);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The JVM's process id on the host (the container's first process: run-java.sh execs java). */
    long pid() {
        try {
            return Long.parseLong(docker("inspect", "--format", "{{.State.Pid}}", name).trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("container " + name + " has no process id", e);
        }
    }

    /** SIGKILL to the container, as an OOM kill or a node loss would end it. */
    void kill() {
        docker("kill", name);
    }

    private static String docker(String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " interrupted", e);
        }
    }
}
