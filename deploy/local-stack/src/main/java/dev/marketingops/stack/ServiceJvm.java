package dev.marketingops.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JVM options a service process runs with: a heap and native limits that keep it under 350 MB RSS, and AppCDS. */
final class ServiceJvm {

    private ServiceJvm() {
    }

    /** The heap limit in MB (images: the same share of a 512 Mi container limit, docs/operations.md). */
    static int heapMegabytes(StackService service) {
        return switch (service.name()) {
            // Its activity id window lives in the heap: 101 MB at the default 4,000,000 ids (IdWindowBenchmarkTest).
            // Beside it: the service's own ~45-56 MB live set and up to two 100,000-record batches with their fetch
            // buffers (live set with a full window: 120 MB of 224, docs/benchmarks.md). 176 MB left too little.
            case "metrics-service" -> 224;
            default -> 160;
        };
    }

    static List<String> options(StackService service, Path quarkusApp) {
        List<String> options = new ArrayList<>(List.of(
                "-Xmx" + heapMegabytes(service) + "m",
                // A quarter of the limit: Serial GC grows the heap (and its young generation) only as live data needs.
                "-Xms" + heapMegabytes(service) / 4 + "m",
                // Serial GC: the smallest footprint and no parallel GC threads fighting over two cores.
                "-XX:+UseSerialGC",
                // Hands freed native memory (C2's compiler arenas after a burst of compiles) back to the OS.
                "-XX:TrimNativeHeapInterval=5000",
                "-XX:MaxMetaspaceSize=160m",
                "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxDirectMemorySize=64m",
                "-XX:+ExitOnOutOfMemoryError"));
        // Extra options from the launcher's command line: deploy/run-local-stack.sh passes -XX:TieredStopAtLevel=1.
        String extra = System.getProperty("marketingops.service-jvm-options", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        Path archive = quarkusApp.resolve("app-cds.jsa");
        if (Files.exists(archive)) {
            // Written by `package` (quarkus.package.jar.appcds.enabled in each service) with this JDK, for a JVM started
            // in quarkus-app (ServiceProcess). -Xshare:auto silently ignores an archive from another JDK or build.
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xshare:auto");
        }
        return options;
    }
}
