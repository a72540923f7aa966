package dev.marketingops.e2e.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A running JVM's heap seen from outside: its limit and a GC log switched on through jcmd, read back afterwards. */
final class HeapLog {

    // Serial GC at info level: "GC(12) Pause Young (Allocation Failure) 150M->80M(200M) 25.123ms".
    private static final Pattern PAUSE = Pattern.compile("Pause (Young|Full) \\((.*)\\) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private final long pid;
    private final Path file;

    private HeapLog(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    /** Switches on GC logging (info) of process {@code pid} into {@code file}, without a restart. */
    static HeapLog start(long pid, Path file) throws IOException, InterruptedException {
        Files.deleteIfExists(file);
        HeapLog log = new HeapLog(pid, file);
        log.jcmd("VM.log", "output=file=" + file.toAbsolutePath(), "what=gc=info", "decorators=uptime");
        return log;
    }

    /** The heap limit (MaxHeapSize) in MB. */
    long limitMegabytes() throws IOException, InterruptedException {
        Matcher m = Pattern.compile("MaxHeapSize=(\\d+)").matcher(jcmd("VM.flags"));
        if (!m.find()) {
            throw new IllegalStateException("no MaxHeapSize in VM.flags of " + pid);
        }
        return Long.parseLong(m.group(1)) >> 20;
    }

    /** Forces a full collection (jcmd GC.run), whose "after" figure is the live set. */
    void fullCollection() throws IOException, InterruptedException {
        jcmd("GC.run");
    }

    /** The collections logged so far. */
    List<Pause> pauses() throws IOException {
        List<Pause> pauses = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                pauses.add(new Pause(m.group(1).equals("Full"), m.group(2), mb(m.group(3), m.group(4)),
                        mb(m.group(5), m.group(6)), mb(m.group(7), m.group(8))));
            }
        }
        return pauses;
    }

    /** One collection: heap used before and after, and committed, in MB. */
    record Pause(boolean full, String cause, long beforeMb, long afterMb, long committedMb) {
        /** The collection {@link #fullCollection()} asked for (jcmd GC.run logs it as "Diagnostic Command"). */
        boolean requested() {
            return cause.equals("Diagnostic Command") || cause.equals("System.gc()");
        }
    }

    private static long mb(String value, String unit) {
        long n = Long.parseLong(value);
        return switch (unit) {
            case "K" -> n >> 10;
            case "G" -> n << 10;
            default -> n;
        };
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        return jcmd(pid, command);
    }

    /** Runs {@code jcmd <pid> <command>} with this JDK's jcmd and answers its output; fails if it fails. */
    static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
