package dev.marketingops.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** JVMs on the Kafka broker's classpath (the broker, its storage tool, its command-line tools), run in a work dir. */
final class BrokerJvm {

    private static final String CLASSPATH_RESOURCE = "/dev/marketingops/infra/kafka-broker.classpath";
    private static final String LOG_CONFIG_RESOURCE = "/dev/marketingops/infra/kafka-broker-log4j2.xml";

    private final Path workDir;

    /** @param workDir the processes' working directory; holds their log file and log configuration */
    BrokerJvm(Path workDir) {
        this.workDir = workDir;
    }

    Path logFile() {
        return workDir.resolve("broker.log");
    }

    /** {@code java <options> -cp <broker classpath>}, to be followed by a main class and its arguments. */
    List<String> javaCommand(String... jvmOptions) {
        writeLogConfig();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.configurationFile=" + logConfigFile());
        command.add("-cp");
        command.add(classpath());
        return command;
    }

    /** Output appended to the log file; none of the launching JVM's agents or options. */
    ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH")) {
            builder.environment().remove(variable);
        }
        return builder;
    }

    /** Runs a main class to its end and answers what it printed; fails on a non-zero exit or the timeout. */
    String run(Duration timeout, String mainClass, String... args) {
        List<String> command = javaCommand("-Xmx512m");
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile(workDir, "tool", ".out");
            try {
                Process tool = processBuilder(command).redirectOutput(output.toFile()).start();
                if (!tool.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    tool.destroyForcibly();
                    throw new IllegalStateException(mainClass + " did not finish within " + timeout);
                }
                String printed = Files.readString(output);
                if (tool.exitValue() != 0) {
                    throw new IllegalStateException(mainClass + " failed (" + tool.exitValue() + "):\n" + printed);
                }
                return printed;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + mainClass, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + mainClass, e);
        }
    }

    private Path logConfigFile() {
        return workDir.resolve("log4j2.xml");
    }

    private void writeLogConfig() {
        try (InputStream logConfig = resource(LOG_CONFIG_RESOURCE)) {
            Files.createDirectories(workDir);
            Files.write(logConfigFile(), logConfig.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker log config into " + workDir, e);
        }
    }

    /** The jars written by the kafka-broker module's build: absolute paths into the local Maven repository. */
    private static String classpath() {
        String classpath;
        try (InputStream in = resource(CLASSPATH_RESOURCE)) {
            classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String jar : classpath.split(File.pathSeparator)) {
            if (!Files.exists(Path.of(jar))) {
                throw new IllegalStateException("Kafka broker jar missing: " + jar
                        + " (the kafka-broker module was built against another local Maven repository; rebuild it)");
            }
        }
        return classpath;
    }

    private static InputStream resource(String name) {
        InputStream in = BrokerJvm.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " not on the classpath: add dev.marketingops:kafka-broker "
                    + "(with an exclusion of *:*) and build deploy/kafka-broker");
        }
        return in;
    }
}
