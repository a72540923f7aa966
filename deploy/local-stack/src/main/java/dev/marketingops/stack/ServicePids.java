package dev.marketingops.stack;

import dev.marketingops.infra.LeftoverProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The service processes a stack started, written down in its home so a later start stops what a killed one left. */
final class ServicePids {

    private static final String CONTAINER = "container ";
    private static final String SUFFIX = ".pid";
    /** The JVM that runs the stack (the launcher, a test JVM): not a service, so not a {@link #SUFFIX} file. */
    private static final String OWNER = "owner";

    private final Path dir;
    private boolean claimed;

    ServicePids(Path dir) {
        this.dir = dir;
    }

    /** Takes the home for this JVM: {@link #stopLeftovers()}, then records this JVM as the owner. */
    List<String> takeOver() {
        List<String> stopped = stopLeftovers();
        write(OWNER, LeftoverProcess.of(ProcessHandle.current()).text());
        claimed = true;
        return stopped;
    }

    /**
     * Refuses while another live JVM runs a stack on this home; else stops every recorded process that still runs
     * (SIGKILL; a recycled pid, with another start time, is left alone) and removes every recorded container of this
     * home, then forgets them. Answers what it stopped.
     */
    List<String> stopLeftovers() {
        Optional<LeftoverProcess> owner = owner().filter(o -> o.pid() != ProcessHandle.current().pid() && o.running());
        if (owner.isPresent()) {
            throw new IllegalStateException("Another stack runs on " + dir.getParent() + " (pid " + owner.get().pid()
                    + "): stop it first");
        }
        List<String> stopped = new ArrayList<>();
        for (Path file : records()) {
            try {
                String name = file.getFileName().toString().replace(SUFFIX, "");
                stop(Files.readString(file)).ifPresent(what -> stopped.add(name + " (" + what + ")"));
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return stopped;
    }

    /** Writes down a started process under {@code name}: its pid and start time, or its container's name. */
    void record(String name, Process process, ServiceContainer container) {
        write(name + SUFFIX, container != null ? CONTAINER + container.name() : LeftoverProcess.of(process.toHandle()).text());
    }

    /**
     * After the stack's own stop: stops anything recorded that still runs (a console or replica that never got ready
     * is not in the stack's lists) and gives the home up. Nothing when this JVM never took it.
     */
    void release() {
        if (!claimed) {
            return;
        }
        claimed = false;
        List<String> left = stopLeftovers();
        if (!left.isEmpty()) {
            System.out.println("Also stopped: " + String.join(", ", left));
        }
        try {
            Files.deleteIfExists(dir.resolve(OWNER));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the owner record in " + dir, e);
        }
    }

    /** Where the stack's containers are labelled as this home's, so a removal never touches another home's. */
    String home() {
        return dir.getParent().toAbsolutePath().normalize().toString();
    }

    private Optional<LeftoverProcess> owner() {
        Path file = dir.resolve(OWNER);
        try {
            return Files.exists(file) ? LeftoverProcess.parse(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private void write(String file, String line) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), line);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + " in " + dir, e);
        }
    }

    private List<Path> records() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private Optional<String> stop(String record) {
        if (record.startsWith(CONTAINER)) {
            String container = record.substring(CONTAINER.length()).trim();
            return ServiceContainer.removeIfOf(container, home()) ? Optional.of("container " + container) : Optional.empty();
        }
        return LeftoverProcess.parse(record).filter(LeftoverProcess::stop).map(p -> "pid " + p.pid());
    }
}
