package dev.marketingops.console.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the browser libraries are served from: the WebJars on the classpath, at the versions the build pinned. */
@ApplicationScoped
@Named("assets")
public class Assets {

    private final Properties paths = new Properties();

    public Assets() {
        try (InputStream in = Assets.class.getResourceAsStream("/console-webjars.properties")) {
            paths.load(in);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("console-webjars.properties is missing from the build", e));
        }
    }

    public String htmx() {
        return paths.getProperty("htmx");
    }

    public String htmxSse() {
        return paths.getProperty("htmx-sse");
    }

    public String chartjs() {
        return paths.getProperty("chartjs");
    }
}
