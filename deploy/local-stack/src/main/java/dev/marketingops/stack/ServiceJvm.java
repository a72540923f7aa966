package dev.marketingops.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JVM options a service process runs with: a heap and native limits that keep it under 350 MB RSS, and AppCDS. */
final class ServiceJvm {

    /** metrics holds its activity id window (up to ~128 MB at the default 4,000,000 ids) in the heap. */
    static final String METRICS_HEAP = "-Xmx224m";
    static final String HEAP = "-Xmx160m";

    private ServiceJvm() {
    }

    static List<String> options(StackService service, Path quarkusApp) {
        List<String> options = new ArrayList<>(List.of(
                service.name().equals("metrics-service") ? METRICS_HEAP : HEAP,
                // Serial GC: the smallest footprint and no parallel GC threads fighting over two cores.
                "-XX:+UseSerialGC",
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
            // Built by deploy/run-local-stack.sh with this JDK; -Xshare:auto ignores an archive from another JDK.
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xshare:auto");
        }
        return options;
    }
}
