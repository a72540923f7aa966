package dev.marketingops.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints how long the stack took to start: from the script's launch (build included) and per service, with the load. */
final class StartTimes {

    private StartTimes() {
    }

    static void print(long stackStartNanos, List<ServiceProcess> services) {
        double stackSeconds = (System.nanoTime() - stackStartNanos) / 1e9;
        StringBuilder line = new StringBuilder("Start: all ready ");
        String launched = System.getProperty("marketingops.launched");
        if (launched != null) {
            double sinceLaunch = (System.currentTimeMillis() - Long.parseLong(launched)) / 1000.0;
            long buildMs = Long.getLong("marketingops.build-ms", 0);
            line.append(String.format("%.1f s after launch (build %s), ", sinceLaunch,
                    buildMs == 0 ? "skipped" : String.format("%.1f s", buildMs / 1000.0)));
        }
        line.append(String.format("%.1f s after the launcher started; services ready after", stackSeconds));
        for (ServiceProcess process : services) {
            line.append(String.format(" %s %.1f s", process.service().name(), process.readyAfter().toMillis() / 1000.0));
        }
        System.out.println(line.append("; load average ").append(loadAverage()));
    }

    /** The 1/5/15-minute load averages, so a start time can be read against how busy the machine was. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
