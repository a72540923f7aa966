package dev.marketingops.metrics.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/** A JFR recording over exactly one bulk phase, when -Dbenchmark.profile names a file (settings: -Dbenchmark.profile-settings). */
final class BulkProfile implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private BulkProfile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** Starts a recording, or one that does nothing when the property is not set. */
    static BulkProfile start(String suffix) throws IOException, ParseException {
        String target = System.getProperty("benchmark.profile", "");
        if (target.isBlank()) {
            return new BulkProfile(null, null);
        }
        Recording recording = new Recording(Configuration.getConfiguration(System.getProperty("benchmark.profile-settings", "default")));
        recording.start();
        return new BulkProfile(recording, Path.of(target.replace(".jfr", "") + "-" + suffix + ".jfr"));
    }

    /** Where the recording went, or an empty string when there was none. */
    String where() {
        return file == null ? "" : "JFR recording of the bulk phase: " + file.toAbsolutePath();
    }

    @Override
    public void close() throws IOException {
        if (recording != null) {
            recording.stop();
            recording.dump(file);
            recording.close();
        }
    }
}
