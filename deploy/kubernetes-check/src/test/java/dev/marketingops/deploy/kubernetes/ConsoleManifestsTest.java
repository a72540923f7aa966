package dev.marketingops.deploy.kubernetes;

import static dev.marketingops.deploy.kubernetes.Manifests.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console: no database, Kafka read-only with a consumer group per replica, reachable from the gateway through an
 * Ingress, and able to reach only DNS, the four services and the Kafka listener.
 */
class ConsoleManifestsTest {

    static final Set<String> TOPICS = Set.of("roadmap.launches", "roadmap.products", "campaign.lifecycle", "metrics.kpis",
            "feedback.insights");
    static final Set<String> SERVICES = Set.of("roadmap-service", "campaign-service", "metrics-service", "feedback-service");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theConsoleReadsOnlyAndReachesOnlyTheServicesAndKafka(String variant) {
        Manifests m = Manifests.of(variant);
        List<String> problems = new ArrayList<>();
        ObjectNode console = m.find("Deployment", "console").orElseThrow();
        JsonNode container = console.at("/spec/template/spec/containers/0");
        container.path("env").forEach(e -> {
            if (e.path("name").asText().startsWith("QUARKUS_DATASOURCE")) {
                problems.add("console: has a datasource setting " + e.path("name").asText());
            }
        });
        m.find("ConfigMap", "console-config").ifPresent(cm -> cm.path("data").fieldNames().forEachRemaining(k -> {
            if (k.startsWith("QUARKUS_DATASOURCE")) {
                problems.add("console-config: has a datasource setting " + k);
            }
        }));
        if (!"console".equals(secretOf(container, "KAFKA_SASL_JAAS_CONFIG"))) {
            problems.add("console: KAFKA_SASL_JAAS_CONFIG must come from the Secret of KafkaUser console");
        }
        assertThat(Manifests.csv(console.at("/metadata/annotations").path(KubernetesManifestsTest.CONSUMES).asText(null)))
                .as("topics the console follows").isEqualTo(TOPICS);

        ObjectNode user = m.find("KafkaUser", "console").orElseThrow();
        Set<String> readable = new LinkedHashSet<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            Set<String> ops = Manifests.strings(acl.path("operations"));
            String type = acl.at("/resource/type").asText();
            String name = acl.at("/resource/name").asText();
            if (!Set.of("Read", "Describe").containsAll(ops)) {
                problems.add(id(user) + ": " + type + ":" + name + " grants " + ops + "; the console only reads");
            }
            if (type.equals("topic")) {
                readable.add(name);
            } else if (type.equals("group") && !(name.equals("console-") && acl.at("/resource/patternType").asText().equals("prefix"))) {
                problems.add(id(user) + ": the only group is the per-replica prefix console-");
            } else if (!type.equals("group")) {
                problems.add(id(user) + ": unexpected resource " + type);
            }
        }
        assertThat(readable).as("topics the console may read").isEqualTo(TOPICS);

        List<ObjectNode> policies = m.kind("NetworkPolicy").stream()
                .filter(np -> Manifests.selects(np.at("/spec/podSelector"), labels(console))).toList();
        assertThat(policies).as("policies isolating the console").isNotEmpty();
        for (ObjectNode np : policies) {
            for (JsonNode rule : np.at("/spec/egress")) {
                for (JsonNode peer : rule.path("to")) {
                    String ns = peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText();
                    String app = peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText();
                    boolean dns = ns.equals("kube-system");
                    boolean kafka = peer.at("/podSelector/matchLabels/strimzi.io~1broker-role").asText().equals("true");
                    boolean service = SERVICES.contains(app) && !peer.has("namespaceSelector");
                    if (!dns && !kafka && !service) {
                        problems.add(id(np) + ": console egress to " + peer + " is neither DNS, a service nor Kafka");
                    }
                    if (peer.at("/podSelector/matchLabels").has("cnpg.io/cluster")) {
                        problems.add(id(np) + ": the console must not reach PostgreSQL");
                    }
                }
            }
        }
        // Each service admits the console, and the console's pods are not PostgreSQL clients.
        for (String service : SERVICES) {
            ObjectNode d = m.find("Deployment", service).orElseThrow();
            boolean admitted = m.kind("NetworkPolicy").stream()
                    .filter(np -> Manifests.selects(np.at("/spec/podSelector"), labels(d)))
                    .flatMap(np -> iterable(np.at("/spec/ingress")).stream())
                    .anyMatch(rule -> iterable(rule.path("from")).stream()
                            .anyMatch(peer -> !peer.has("namespaceSelector") && Manifests.selects(peer.path("podSelector"), labels(console))));
            if (!admitted) {
                problems.add(service + ": no NetworkPolicy lets the console in");
            }
        }
        assertThat(labels(console)).doesNotContainKey("marketing-ops.dev/postgres-client");
        ObjectNode ingress = m.find("Ingress", "console").orElseThrow();
        assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo("console");
        assertThat(ingress.at("/spec/tls")).as("the console is served over HTTPS").isNotEmpty();
        assertThat(problems).as(variant).isEmpty();
    }

    private static java.util.Map<String, String> labels(ObjectNode deployment) {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        deployment.at("/spec/template/metadata/labels").fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
        return labels;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static String secretOf(JsonNode container, String variable) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(variable)) {
                return e.at("/valueFrom/secretKeyRef/name").asText(null);
            }
        }
        return null;
    }
}
