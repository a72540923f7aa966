package dev.marketingops.roadmap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The API answers JSON only: a client that accepts nothing of it gets a 406 problem+json, never a toString() body. */
@QuarkusTest
class AcceptHeaderTest {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> LISTS = List.of("/api/v1/products", "/api/v1/roadmaps", "/api/v1/launches",
            "/api/v1/roadmaps/{id}/items");

    @Test
    void everyReadAskedForHtmlIsA406Problem() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-15");
        UUID objective = Api.createObjective(fixture.itemId(), "conversions", "INCREASE", 0, 5000, "2026-04-01", "2026-06-30");
        List<String> reads = readsInTheDocument();
        assertThat(reads).as("every list, walked from /q/openapi").containsAll(LISTS);
        List<String> notRefused = new ArrayList<>();
        for (String template : reads) {
            String path = template.replace("{objectiveId}", objective.toString())
                    .replace("{id}", idFor(template, fixture, launch).toString());
            Response answer = Api.asViewer().accept("text/html").get(path);
            if (answer.statusCode() != 406 || !answer.contentType().startsWith(PROBLEM)) {
                notRefused.add(template + " → " + answer.statusCode() + " " + answer.contentType());
            }
        }
        assertThat(notRefused).as("reads that did not answer 406 problem+json").isEmpty();
    }

    @Test
    void theListsRefuseEveryMediaTypeButJson() {
        UUID roadmap = Api.createRoadmap(Api.createProduct());
        for (String list : LISTS) {
            String path = list.replace("{id}", roadmap.toString());
            for (String type : List.of("application/xml", "text/plain", "text/csv", "image/png", "application/octet-stream",
                    PROBLEM)) {
                Api.asViewer().accept(type).get(path).then().statusCode(406).contentType(startsWith(PROBLEM));
            }
        }
    }

    @Test
    void jsonAmongTheAcceptedTypesIsAnswered() {
        Api.asViewer().accept("text/html, application/json;q=0.5").get("/api/v1/products")
                .then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void aWriteAskedForHtmlIsA406AndCreatesNothing() {
        String team = "accept-" + UUID.randomUUID();
        Api.asAdmin().accept("text/html").body(Map.of("name", "<script>alert(1)</script>", "ownerTeam", team,
                        "stage", "INTRODUCTION")).post("/api/v1/products")
                .then().statusCode(406).contentType(startsWith(PROBLEM));
        Api.asViewer().queryParam("ownerTeam", team).get("/api/v1/products").then().statusCode(200).body("total", is(0));
    }

    private static List<String> readsInTheDocument() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        return paths.entrySet().stream().filter(p -> p.getValue().containsKey("get")).map(Map.Entry::getKey).sorted().toList();
    }

    private static UUID idFor(String template, LaunchFixture fixture, UUID launch) {
        if (template.startsWith("/api/v1/products/")) {
            return fixture.productId();
        }
        if (template.startsWith("/api/v1/roadmaps/")) {
            return fixture.roadmapId();
        }
        return template.startsWith("/api/v1/items/") ? fixture.itemId() : launch;
    }
}
