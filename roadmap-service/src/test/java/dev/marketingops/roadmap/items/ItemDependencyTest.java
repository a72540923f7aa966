package dev.marketingops.roadmap.items;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.roadmap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dependencies between items must name existing items and never form a cycle. */
@QuarkusTest
class ItemDependencyTest {

    private UUID roadmap;

    @BeforeEach
    void newRoadmap() {
        roadmap = Api.createRoadmap(Api.createProduct());
    }

    private UUID itemDependingOn(UUID... dependencies) {
        Map<String, Object> body = Api.item("INITIATIVE", "2026-01-01", "2026-12-31");
        body.put("dependsOn", List.of(dependencies).stream().map(UUID::toString).toList());
        return Api.createItem(roadmap, body);
    }

    @Test
    void aChainIsAcceptedButClosingItIntoACycleIsNot() {
        UUID a = itemDependingOn();
        UUID b = itemDependingOn(a);
        UUID c = itemDependingOn(b);

        Map<String, Object> closing = Api.item("INITIATIVE", "2026-01-01", "2026-12-31");
        closing.put("dependsOn", List.of(c.toString()));
        asEditor().body(closing).put("/api/v1/items/" + a)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("dependsOn"))
                .body("detail", containsString("cycle: " + a + " -> " + c + " -> " + b + " -> " + a));
    }

    @Test
    void anItemCannotDependOnItselfOrOnAnUnknownItem() {
        UUID a = itemDependingOn();
        Map<String, Object> self = Api.item("INITIATIVE", "2026-01-01", "2026-12-31");
        self.put("dependsOn", List.of(a.toString()));
        asEditor().body(self).put("/api/v1/items/" + a).then().statusCode(422).body("detail", containsString("itself"));

        Map<String, Object> unknown = Api.item("INITIATIVE", "2026-01-01", "2026-12-31");
        unknown.put("dependsOn", List.of(UUID.randomUUID().toString()));
        asEditor().body(unknown).post("/api/v1/roadmaps/" + roadmap + "/items")
                .then().statusCode(422).body("detail", containsString("does not exist"));
    }

    @Test
    void aDiamondIsNotACycle() {
        UUID base = itemDependingOn();
        UUID left = itemDependingOn(base);
        UUID right = itemDependingOn(base);
        UUID top = itemDependingOn(left, right);
        asEditor().get("/api/v1/items/" + top).then().statusCode(200).body("dependsOn.size()", equalTo(2));
    }
}
