package dev.marketingops.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.StackService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stack comes up as a new user would see it: every service ready (with its AppCDS archive), tokens from the stack accepted. */
class StackSmokeTest {

    private static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = RunningStack.get();
    }

    @Test
    void everyServiceIsReadyWithDatabaseAndKafka() {
        for (StackService service : StackService.ALL) {
            given().baseUri(stack.url(service.name())).get("/q/health/ready")
                    .then().statusCode(200).body(containsString("\"UP\""));
        }
    }

    @Test
    void everyServiceServesPrometheusMetricsAndOpenApi() {
        for (StackService service : StackService.ALL) {
            given().baseUri(stack.url(service.name())).get("/q/metrics").then().statusCode(200);
            given().baseUri(stack.url(service.name())).get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/"));
        }
    }

    @Test
    void everyServiceMapsItsAppCdsArchive() throws IOException {
        // -Xshare:auto drops an unusable archive without a word; the process's mappings show whether it was taken.
        for (StackService service : StackService.ALL) {
            long pid = stack.service(service.name()).pid();
            try (Stream<String> maps = Files.lines(Path.of("/proc", Long.toString(pid), "maps"))) {
                assertThat(maps.filter(line -> line.endsWith("/app-cds.jsa")).findAny())
                        .as("%s maps target/quarkus-app/app-cds.jsa (written by package)", service.name()).isPresent();
            }
        }
    }

    @Test
    void aTokenFromTheStackIsAcceptedAndNoTokenIsRefused() {
        String roadmap = stack.url("roadmap-service");
        given().baseUri(roadmap).get("/api/v1/products").then().statusCode(401);
        given().baseUri(roadmap).auth().oauth2(stack.token("viewer")).get("/api/v1/products").then().statusCode(200);
    }
}
