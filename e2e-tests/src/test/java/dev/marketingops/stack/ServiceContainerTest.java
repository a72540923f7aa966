package dev.marketingops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code docker run} a stack service gets when the stack is asked to run the container images. */
class ServiceContainerTest {

    private static final StackService METRICS = StackService.ALL.get(2);

    @AfterEach
    void clearProperties() {
        System.clearProperty(ServiceContainer.IMAGES);
        System.clearProperty(ServiceContainer.MEMORY);
        System.clearProperty(ServiceContainer.OPTIONS);
    }

    @Test
    void withoutAnImageTagServicesRunFromTheirBuild() {
        assertThat(ServiceContainer.forService(METRICS, 8083)).isEmpty();
    }

    @Test
    void theConsoleNeverRunsInAContainer() {
        System.setProperty(ServiceContainer.IMAGES, "dev");
        assertThat(ServiceContainer.forService(StackService.CONSOLE, 8080)).isEmpty();
    }

    @Test
    void runsTheTaggedImageOnTheHostNetworkWithTheDeploymentsMemoryLimit() {
        System.setProperty(ServiceContainer.IMAGES, "dev");
        List<String> command = ServiceContainer.forService(METRICS, 8083).orElseThrow().command(settings(), "/stack/home");

        assertThat(command).startsWith("docker", "run", "--rm", "--name", "marketingops-metrics-service-8083")
                .containsSequence("--network", "host")
                .containsSequence("--memory", "512m", "--memory-swap", "512m")
                // A later start of the same home removes only its own containers (ServicePids).
                .containsSequence("--label", "marketingops.home=/stack/home")
                .endsWith("marketing-ops/metrics-service:dev");
    }

    @Test
    void settingsPassByNameSoNoSecretShowsInTheCommandLine() {
        System.setProperty(ServiceContainer.IMAGES, "dev");
        List<String> command = ServiceContainer.forService(METRICS, 8083).orElseThrow().command(settings(), "/stack/home");

        assertThat(command).containsSequence("-e", "QUARKUS_DATASOURCE_PASSWORD")
                .containsSequence("-e", "QUARKUS_HTTP_PORT")
                .noneMatch(argument -> argument.contains("s3cret"));
    }

    @Test
    void filesTheSettingsNameAreMountedReadOnlyWhereTheyAreOnTheHost() {
        System.setProperty(ServiceContainer.IMAGES, "dev");
        List<String> command = ServiceContainer.forService(METRICS, 8083).orElseThrow().command(settings(), "/stack/home");

        assertThat(command).containsSequence("-v", "/state/keys:/state/keys:ro");
    }

    @Test
    void takesAnotherMemoryLimitAndFurtherDockerOptions() {
        System.setProperty(ServiceContainer.IMAGES, "ratio");
        System.setProperty(ServiceContainer.MEMORY, "1g");
        System.setProperty(ServiceContainer.OPTIONS, " --cpu-shares=8192  --pids-limit=500 ");
        List<String> command = ServiceContainer.forService(METRICS, 8083).orElseThrow().command(settings(), "/stack/home");

        assertThat(command).containsSequence("--memory", "1g", "--memory-swap", "1g", "--cpu-shares=8192", "--pids-limit=500")
                .endsWith("marketing-ops/metrics-service:ratio");
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("QUARKUS_DATASOURCE_PASSWORD", "s3cret");
        settings.put("MARKETINGOPS_JWT_PUBLIC_KEY", "file:/state/keys/publicKey.pem");
        return settings;
    }
}
