package dev.marketingops.console.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium and chromium-driver, installed with apt-get on first use when missing and running as root
 * (as on CI and the project's machines); otherwise the tests fail saying what to install.
 */
public final class Chromium {

    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path BROWSER = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /**
     * A string literal is interned: one lock for every class loader of the JVM (Quarkus loads test classes more than
     * once), so two installs never run side by side (apt-get would fail on dpkg's lock).
     */
    private static final String LOCK = "dev.marketingops.console.support.Chromium.LOCK";

    public static void ensureInstalled() {
        synchronized (LOCK) {
            if (installed()) {
                return;
            }
            if (!"root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver: "
                        + "sudo apt-get update && sudo apt-get install -y chromium chromium-driver");
            }
            run(List.of("apt-get", "update"));
            run(List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"));
            if (!Files.isExecutable(DRIVER)) {
                throw new IllegalStateException("apt-get installed chromium-driver, but " + DRIVER + " is still missing");
            }
        }
    }

    /**
     * Starts a missing install on a daemon thread, so that on a fresh machine (CI) apt-get runs while the stack starts
     * instead of after it; {@link #ensureInstalled} waits for it, and reports its failure.
     */
    public static void installInBackground() {
        if (installed() || !"root".equals(System.getProperty("user.name"))) {
            return;
        }
        Thread install = new Thread(() -> {
            try {
                ensureInstalled();
            } catch (RuntimeException e) {
                // The first browser's own call tries again and fails with the reason.
            }
        }, "chromium-install");
        install.setDaemon(true);
        install.start();
    }

    private static boolean installed() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; install chromium and chromium-driver by hand");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing chromium", e);
        }
    }
}
