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

/**
 * The service JVMs and containers a stack started, written down in its home, so the next start stops any that a
 * killed launcher or test JVM left running (they would hold the stack's ports and keep polling its broker).
 */
final class ServicePids {

    private static final String CONTAINER = "container ";
    private static final String SUFFIX = ".pid";
    /** The JVM that runs the stack (the launcher, a test JVM): not a service, so not a {@link #SUFFIX} file. */
    private static final String OWNER = "owner";

    private final Path dir;
    private boolean owned;

    ServicePids(Path dir) {
        this.dir = dir;
    }

    /**
     * Takes the home over for this JVM: refuses while another live JVM runs a stack on it, stops every service a dead
     * one left running (SIGKILL; a recycled pid is left alone; recorded containers are removed), forgets them and
     * records this JVM as the owner. Answers what it stopped.
     */
    List<String> takeOver() {
        Optional<LeftoverProcess> owner = read(dir.resolve(OWNER))
                .filter(o -> o.pid() != ProcessHandle.current().pid() && o.running());
        if (owner.isPresent()) {
            throw new IllegalStateException("A stack on " + dir.getParent() + " is running (pid " + owner.get().pid()
                    + "): stop it first, or start this one with --home <another dir>");
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
        write(OWNER, LeftoverProcess.of(ProcessHandle.current()).text());
        owned = true;
        return stopped;
    }

    /** Writes down a started process under {@code name}: its pid and start time, or its container's name. */
    void record(String name, Process process, ServiceContainer container) {
        write(name + SUFFIX, container != null ? CONTAINER + container.name() : LeftoverProcess.of(process.toHandle()).text());
    }

    /** Forgets every record and the owner once the stack stopped its processes itself (nothing if it never took over). */
    void clear() {
        if (!owned) {
            return;
        }
        owned = false;
        List<Path> files = new ArrayList<>(records());
        files.add(dir.resolve(OWNER));
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + file, e);
            }
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

    private static Optional<LeftoverProcess> read(Path file) {
        try {
            return Files.exists(file) ? LeftoverProcess.parse(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
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

    private static Optional<String> stop(String record) {
        if (record.startsWith(CONTAINER)) {
            String container = record.substring(CONTAINER.length()).trim();
            return ServiceContainer.removeIfPresent(container) ? Optional.of("container " + container) : Optional.empty();
        }
        return LeftoverProcess.parse(record).filter(LeftoverProcess::stop).map(p -> "pid " + p.pid());
    }
}
