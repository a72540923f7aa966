package dev.marketingops.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketingops.deploy.kubernetes.Manifests.Pod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.marketingops.deploy.kubernetes.Manifests.id;
import static dev.marketingops.deploy.kubernetes.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline checks of deploy/kubernetes: each variant (base, overlays/dev, overlays/prod) is rendered with kustomize,
 * validated object by object against strict schemas, and its objects are checked against each other. Every check
 * collects all its problems and fails with the full list.
 */
class KubernetesManifestsTest {

    static final String CONSUMES = "marketing-ops.dev/kafka-consumes";
    static final String PRODUCES = "marketing-ops.dev/kafka-produces";
    static final String NAMESPACE = "marketing-ops";
    static final String WEB = "web";
    static Schemas schemas;

    /** The four services' Deployments; the console (component web) has its own checks. */
    static List<ObjectNode> services(Manifests m) {
        return m.kind("Deployment").stream()
                .filter(d -> !WEB.equals(d.at("/metadata/labels/app.kubernetes.io~1component").asText())).toList();
    }

    @BeforeAll
    static void setUp() {
        System.out.println("[kubernetes-check] rendering with " + Kustomize.renderer().description());
        schemas = new Schemas();
        System.out.println("[kubernetes-check] schemas for " + schemas.kinds().size() + " kinds");
    }

    // ---------------------------------------------------------------- schemas

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyObjectMatchesItsSchemaWithoutUnknownFields(String variant) {
        Manifests m = Manifests.of(variant);
        assertThat(m.objects).as("rendered objects of " + variant).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ObjectNode o : m.objects) {
            if (!seen.add(o.path("apiVersion").asText() + "/" + id(o))) {
                problems.add(id(o) + ": defined twice");
            }
            if (!o.path("kind").asText().equals("Namespace") && !NAMESPACE.equals(o.path("metadata").path("namespace").asText())) {
                problems.add(id(o) + ": not in namespace " + NAMESPACE);
            }
            schemas.validate(o).forEach(p -> problems.add(id(o) + ": " + p));
        }
        assertThat(problems).as(variant).isEmpty();
    }

    @Test
    void theValidatorRejectsUnknownFieldsAndWrongTypes() {
        Manifests base = Manifests.of("base");
        ObjectNode deployment = base.find("Deployment", "metrics-service").orElseThrow().deepCopy();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("livenessProbes", "typo");
        assertThat(schemas.validate(deployment)).anyMatch(p -> p.contains("livenessProbes"));

        ObjectNode topic = base.find("KafkaTopic", "marketing.activity").orElseThrow().deepCopy();
        ((ObjectNode) topic.get("spec")).put("partition", 3);
        assertThat(schemas.validate(topic)).anyMatch(p -> p.contains("partition"));

        ObjectNode user = base.find("KafkaUser", "metrics-service").orElseThrow().deepCopy();
        ((ObjectNode) user.at("/spec/authorization/acls/0")).putArray("operations").add("Steal");
        assertThat(schemas.validate(user)).isNotEmpty();

        ObjectNode cluster = base.find("Cluster", "pg").orElseThrow().deepCopy();
        ((ObjectNode) cluster.get("spec")).put("instances", "three");
        assertThat(schemas.validate(cluster)).anyMatch(p -> p.contains("instances"));

        ObjectNode policy = base.find("NetworkPolicy", "metrics-service").orElseThrow().deepCopy();
        ((ObjectNode) policy.get("metadata")).put("labelz", "x");
        assertThat(schemas.validate(policy)).anyMatch(p -> p.contains("labelz"));
    }

    // ---------------------------------------------------------------- deployments

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyDeploymentHasProbesLimitsAndARestrictedSecurityContext(String variant) {
        Manifests m = Manifests.of(variant);
        List<String> problems = new ArrayList<>();
        assertThat(m.kind("Deployment")).as("Deployments in " + variant).hasSize(5);
        for (ObjectNode d : m.kind("Deployment")) {
            String who = id(d);
            JsonNode pod = d.at("/spec/template/spec");
            JsonNode podSc = pod.path("securityContext");
            if (!pod.path("automountServiceAccountToken").isBoolean() || pod.path("automountServiceAccountToken").asBoolean()) {
                problems.add(who + ": automountServiceAccountToken must be false");
            }
            if (!podSc.path("runAsNonRoot").asBoolean(false)) {
                problems.add(who + ": pod securityContext.runAsNonRoot must be true");
            }
            if (!"RuntimeDefault".equals(podSc.at("/seccompProfile/type").asText())) {
                problems.add(who + ": pod seccompProfile must be RuntimeDefault");
            }
            Map<String, JsonNode> volumes = new LinkedHashMap<>();
            pod.path("volumes").forEach(v -> volumes.put(v.path("name").asText(), v));
            for (JsonNode c : pod.path("containers")) {
                String cw = who + " container " + c.path("name").asText();
                Set<String> ports = new HashSet<>();
                c.path("ports").forEach(p -> {
                    ports.add(p.path("name").asText());
                    ports.add(p.path("containerPort").asText());
                });
                checkProbe(problems, cw, "livenessProbe", c.path("livenessProbe"), "/q/health/live", ports);
                checkProbe(problems, cw, "readinessProbe", c.path("readinessProbe"), "/q/health/ready", ports);
                for (String r : List.of("cpu", "memory")) {
                    String req = c.at("/resources/requests/" + r).asText("");
                    String lim = c.at("/resources/limits/" + r).asText("");
                    if (req.isEmpty() || lim.isEmpty()) {
                        problems.add(cw + ": needs resources.requests." + r + " and resources.limits." + r);
                    } else if (Manifests.quantity(req) > Manifests.quantity(lim)) {
                        problems.add(cw + ": " + r + " request " + req + " above limit " + lim);
                    }
                }
                JsonNode sc = c.path("securityContext");
                if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(cw + ": readOnlyRootFilesystem must be true");
                }
                if (!sc.has("allowPrivilegeEscalation") || sc.path("allowPrivilegeEscalation").asBoolean()) {
                    problems.add(cw + ": allowPrivilegeEscalation must be false");
                }
                if (sc.path("privileged").asBoolean(false)) {
                    problems.add(cw + ": must not be privileged");
                }
                if (!Manifests.strings(sc.at("/capabilities/drop")).contains("ALL") || sc.at("/capabilities/add").size() > 0) {
                    problems.add(cw + ": must drop ALL capabilities and add none");
                }
                if (sc.has("runAsNonRoot") && !sc.path("runAsNonRoot").asBoolean()) {
                    problems.add(cw + ": runAsNonRoot overridden to false");
                }
                long uid = sc.has("runAsUser") ? sc.path("runAsUser").asLong() : podSc.path("runAsUser").asLong(0);
                if (uid == 0) {
                    problems.add(cw + ": needs a non-zero runAsUser (the image's user is 185)");
                }
                if (sc.has("seccompProfile") && !"RuntimeDefault".equals(sc.at("/seccompProfile/type").asText())) {
                    problems.add(cw + ": seccompProfile must be RuntimeDefault");
                }
                boolean tmp = false;
                for (JsonNode mount : c.path("volumeMounts")) {
                    JsonNode volume = volumes.get(mount.path("name").asText());
                    if (volume == null) {
                        problems.add(cw + ": mounts undeclared volume " + mount.path("name").asText());
                    } else if (mount.path("mountPath").asText().equals("/tmp") && volume.has("emptyDir")) {
                        tmp = true;
                    }
                }
                if (!tmp) {
                    problems.add(cw + ": /tmp must be an emptyDir (the root file system is read-only)");
                }
                String image = c.path("image").asText();
                String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
                if (tag.isEmpty() || tag.contains("/")) {
                    problems.add(cw + ": image " + image + " has no tag");
                }
                if (variant.equals("overlays/prod") && (tag.equals("latest") || !image.contains("/") || !image.contains("."))) {
                    problems.add(cw + ": prod image " + image + " must be pinned and come from a registry");
                }
            }
        }
        assertThat(problems).as(variant).isEmpty();
    }

    private static void checkProbe(List<String> problems, String who, String probe, JsonNode node, String path, Set<String> ports) {
        if (!path.equals(node.at("/httpGet/path").asText())) {
            problems.add(who + ": " + probe + " must GET " + path);
        } else if (!ports.contains(node.at("/httpGet/port").asText())) {
            problems.add(who + ": " + probe + " port " + node.at("/httpGet/port").asText() + " is not a container port");
        }
    }

    // ---------------------------------------------------------------- references

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everythingADeploymentNamesExists(String variant) {
        Manifests m = Manifests.of(variant);
        Set<String> external = Manifests.externalSecrets();
        Set<String> operator = m.operatorSecrets();
        boolean selfContained = variant.equals("overlays/dev");
        List<String> problems = new ArrayList<>();
        for (ObjectNode d : m.kind("Deployment")) {
            String who = id(d);
            JsonNode pod = d.at("/spec/template/spec");
            String sa = pod.path("serviceAccountName").asText("");
            if (sa.isEmpty() || !m.has("ServiceAccount", sa)) {
                problems.add(who + ": ServiceAccount '" + sa + "' not defined");
            }
            List<String[]> configMaps = new ArrayList<>();
            List<String[]> secrets = new ArrayList<>();
            for (JsonNode c : pod.path("containers")) {
                c.path("envFrom").forEach(e -> {
                    if (e.has("configMapRef")) {
                        configMaps.add(new String[] {e.at("/configMapRef/name").asText(), null});
                    }
                    if (e.has("secretRef")) {
                        secrets.add(new String[] {e.at("/secretRef/name").asText(), null});
                    }
                });
                c.path("env").forEach(e -> {
                    JsonNode from = e.path("valueFrom");
                    if (from.has("configMapKeyRef")) {
                        configMaps.add(new String[] {from.at("/configMapKeyRef/name").asText(), from.at("/configMapKeyRef/key").asText()});
                    }
                    if (from.has("secretKeyRef")) {
                        secrets.add(new String[] {from.at("/secretKeyRef/name").asText(), from.at("/secretKeyRef/key").asText()});
                    }
                });
            }
            for (JsonNode v : pod.path("volumes")) {
                if (v.has("configMap")) {
                    v.at("/configMap/items").forEach(i -> configMaps.add(new String[] {v.at("/configMap/name").asText(), i.path("key").asText()}));
                    configMaps.add(new String[] {v.at("/configMap/name").asText(), null});
                }
                if (v.has("secret")) {
                    v.at("/secret/items").forEach(i -> secrets.add(new String[] {v.at("/secret/secretName").asText(), i.path("key").asText()}));
                    secrets.add(new String[] {v.at("/secret/secretName").asText(), null});
                }
            }
            for (String[] ref : configMaps) {
                Optional<ObjectNode> cm = m.find("ConfigMap", ref[0]);
                if (cm.isEmpty()) {
                    problems.add(who + ": ConfigMap '" + ref[0] + "' not defined");
                } else if (ref[1] != null && !cm.get().path("data").has(ref[1])) {
                    problems.add(who + ": ConfigMap '" + ref[0] + "' has no key " + ref[1]);
                }
            }
            for (String[] ref : secrets) {
                checkSecret(m, problems, who, ref[0], ref[1], operator, external, selfContained);
            }
        }
        for (ObjectNode s : m.kind("Service")) {
            // A Service selector is a plain label map (matchLabels semantics); an empty one selects nothing.
            List<Pod> selected = m.pods().stream().filter(p -> p.deployment() != null
                    && Manifests.selects(wrap(s.at("/spec/selector")), p.labels())).toList();
            if (s.at("/spec/selector").isEmpty() || selected.size() != 1) {
                problems.add(id(s) + ": selector must select exactly one Deployment, selects " + selected.size());
                continue;
            }
            Set<String> ports = new HashSet<>();
            selected.get(0).deployment().at("/spec/template/spec/containers").forEach(c -> c.path("ports").forEach(p -> {
                ports.add(p.path("name").asText());
                ports.add(p.path("containerPort").asText());
            }));
            s.at("/spec/ports").forEach(p -> {
                if (!ports.contains(p.path("targetPort").asText())) {
                    problems.add(id(s) + ": targetPort " + p.path("targetPort").asText() + " is not a port of " + selected.get(0).owner());
                }
            });
        }
        for (ObjectNode hpa : m.kind("HorizontalPodAutoscaler")) {
            JsonNode target = hpa.at("/spec/scaleTargetRef");
            if (!target.path("kind").asText().equals("Deployment") || !m.has("Deployment", target.path("name").asText())) {
                problems.add(id(hpa) + ": scaleTargetRef " + target + " not defined");
            }
            if (hpa.at("/spec/minReplicas").asInt(1) > hpa.at("/spec/maxReplicas").asInt()) {
                problems.add(id(hpa) + ": minReplicas above maxReplicas");
            }
        }
        for (ObjectNode d : m.kind("Deployment")) {
            long hpas = m.kind("HorizontalPodAutoscaler").stream().filter(h -> h.at("/spec/scaleTargetRef/name").asText().equals(name(d))).count();
            long pdbs = m.kind("PodDisruptionBudget").stream()
                    .filter(p -> Manifests.selects(p.at("/spec/selector"), Manifests.labels(d.at("/spec/template/metadata/labels")))).count();
            if (hpas != 1 || pdbs != 1) {
                problems.add(id(d) + ": needs exactly one HorizontalPodAutoscaler and one PodDisruptionBudget (has " + hpas + ", " + pdbs + ")");
            }
            if (d.at("/spec/replicas").isNumber()) {
                problems.add(id(d) + ": spec.replicas fights the HorizontalPodAutoscaler; leave it out");
            }
            if (!Manifests.selects(d.at("/spec/selector"), Manifests.labels(d.at("/spec/template/metadata/labels")))) {
                problems.add(id(d) + ": selector does not match its own pod template");
            }
        }
        for (ObjectNode pdb : m.kind("PodDisruptionBudget")) {
            if (m.pods().stream().noneMatch(p -> p.deployment() != null && Manifests.selects(pdb.at("/spec/selector"), p.labels()))) {
                problems.add(id(pdb) + ": selects no pod");
            }
        }
        // PostgreSQL: databases, roles and the Secrets holding their passwords.
        for (ObjectNode cluster : m.kind("Cluster")) {
            String initSecret = cluster.at("/spec/bootstrap/initdb/secret/name").asText("");
            if (!initSecret.isEmpty()) {
                checkSecret(m, problems, id(cluster), initSecret, null, operator, external, selfContained);
            }
            cluster.at("/spec/managed/roles").forEach(r -> {
                String secret = r.at("/passwordSecret/name").asText("");
                if (!secret.isEmpty()) {
                    checkSecret(m, problems, id(cluster) + " role " + r.path("name").asText(), secret, null, operator, external, selfContained);
                }
            });
        }
        for (ObjectNode db : m.kind("Database")) {
            String clusterName = db.at("/spec/cluster/name").asText();
            Optional<ObjectNode> cluster = m.find("Cluster", clusterName);
            if (cluster.isEmpty()) {
                problems.add(id(db) + ": Cluster '" + clusterName + "' not defined");
            } else if (!roles(cluster.get()).containsKey(db.at("/spec/owner").asText())) {
                problems.add(id(db) + ": owner " + db.at("/spec/owner").asText() + " is not a role of " + clusterName);
            }
        }
        for (String kind : List.of("KafkaTopic", "KafkaUser", "KafkaNodePool")) {
            for (ObjectNode o : m.kind(kind)) {
                String cluster = o.at("/metadata/labels").path("strimzi.io/cluster").asText("");
                if (!m.has("Kafka", cluster)) {
                    problems.add(id(o) + ": label strimzi.io/cluster names no Kafka ('" + cluster + "')");
                }
            }
        }
        assertThat(problems).as(variant).isEmpty();
    }

    private static JsonNode wrap(JsonNode matchLabels) {
        ObjectNode selector = Yaml.JSON.createObjectNode();
        selector.set("matchLabels", matchLabels);
        return selector;
    }

    private static void checkSecret(Manifests m, List<String> problems, String who, String name, String key,
            Set<String> operator, Set<String> external, boolean selfContained) {
        Optional<ObjectNode> secret = m.find("Secret", name);
        if (secret.isPresent()) {
            if (key != null && !secret.get().path("data").has(key) && !secret.get().path("stringData").has(key)) {
                problems.add(who + ": Secret '" + name + "' has no key " + key);
            }
        } else if (!operator.contains(name) && (selfContained || !external.contains(name))) {
            problems.add(who + ": Secret '" + name + "' is neither defined, nor created by an operator"
                    + (selfContained ? "" : ", nor listed in external-secrets.txt"));
        }
    }

    /** Role name to the Secret holding its password. */
    private static Map<String, String> roles(JsonNode cluster) {
        Map<String, String> roles = new LinkedHashMap<>();
        JsonNode initdb = cluster.at("/spec/bootstrap/initdb");
        if (initdb.has("owner")) {
            roles.put(initdb.path("owner").asText(), initdb.at("/secret/name").asText(""));
        }
        cluster.at("/spec/managed/roles").forEach(r -> roles.put(r.path("name").asText(), r.at("/passwordSecret/name").asText("")));
        return roles;
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void eachServiceReachesItsOwnDatabaseAndTheKafkaListener(String variant) {
        Manifests m = Manifests.of(variant);
        List<String> problems = new ArrayList<>();
        Pattern jdbc = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw(?:\\.[a-z0-9.-]+)?:5432/([a-z0-9_]+)(\\?.*)?");
        Pattern bootstrap = Pattern.compile("([a-z0-9-]+)-kafka-bootstrap(?:\\.[a-z0-9.-]+)?:(\\d+)");
        Set<String> databases = new HashSet<>();
        for (ObjectNode d : services(m)) {
            String who = id(d);
            Map<String, String> env = env(m, d);
            Matcher url = jdbc.matcher(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", ""));
            if (!url.matches()) {
                problems.add(who + ": QUARKUS_DATASOURCE_JDBC_URL must point at a CloudNativePG <cluster>-rw service");
            } else {
                Optional<ObjectNode> cluster = m.find("Cluster", url.group(1));
                String dbName = url.group(2);
                Optional<ObjectNode> db = m.kind("Database").stream()
                        .filter(x -> x.at("/spec/name").asText().equals(dbName) && x.at("/spec/cluster/name").asText().equals(url.group(1)))
                        .findFirst();
                if (cluster.isEmpty() || db.isEmpty()) {
                    problems.add(who + ": database " + url.group(1) + "/" + dbName + " not defined");
                } else {
                    if (!databases.add(dbName)) {
                        problems.add(who + ": shares database " + dbName + " with another service");
                    }
                    String owner = db.get().at("/spec/owner").asText();
                    String userSecret = secretOf(d, "QUARKUS_DATASOURCE_USERNAME");
                    String passSecret = secretOf(d, "QUARKUS_DATASOURCE_PASSWORD");
                    String roleSecret = roles(cluster.get()).get(owner);
                    if (roleSecret == null || !roleSecret.equals(userSecret) || !roleSecret.equals(passSecret)) {
                        problems.add(who + ": DB credentials must come from " + roleSecret + ", the Secret of role " + owner
                                + " owning database " + dbName);
                    }
                }
            }
            Matcher kafka = bootstrap.matcher(env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", ""));
            if (!kafka.matches() || !m.has("Kafka", kafka.group(1))) {
                problems.add(who + ": KAFKA_BOOTSTRAP_SERVERS must point at a Strimzi <kafka>-kafka-bootstrap service");
                continue;
            }
            JsonNode listener = null;
            for (JsonNode l : m.find("Kafka", kafka.group(1)).get().at("/spec/kafka/listeners")) {
                if (l.path("port").asText().equals(kafka.group(2))) {
                    listener = l;
                }
            }
            if (listener == null) {
                problems.add(who + ": no Kafka listener on port " + kafka.group(2));
                continue;
            }
            String protocol = env.getOrDefault("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
            boolean tls = listener.path("tls").asBoolean();
            if (!protocol.equals(tls ? "SASL_SSL" : "SASL_PLAINTEXT")) {
                problems.add(who + ": KAFKA_SECURITY_PROTOCOL " + protocol + " does not fit listener " + listener.path("name").asText());
            }
            if (!listener.at("/authentication/type").asText().equals("scram-sha-512")
                    || !"SCRAM-SHA-512".equals(env.get("KAFKA_SASL_MECHANISM"))) {
                problems.add(who + ": Kafka must use SCRAM-SHA-512 on both sides");
            }
            if (!name(d).equals(secretOf(d, "KAFKA_SASL_JAAS_CONFIG"))) {
                problems.add(who + ": KAFKA_SASL_JAAS_CONFIG must come from the Secret of KafkaUser " + name(d));
            }
            if (tls && !env.getOrDefault("KAFKA_SSL_TRUSTSTORE_LOCATION", "").startsWith("/")) {
                problems.add(who + ": a TLS listener needs KAFKA_SSL_TRUSTSTORE_LOCATION (the cluster CA)");
            }
            if (!env.getOrDefault("MARKETINGOPS_JWT_PUBLIC_KEY", "").startsWith("file:/")) {
                problems.add(who + ": MARKETINGOPS_JWT_PUBLIC_KEY must name the mounted key file");
            }
        }
        assertThat(problems).as(variant).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyServiceRequiresTheSameStatedTokenAudience(String variant) {
        Manifests m = Manifests.of(variant);
        // One token is good for every service, so all four require the same aud, said in their config.
        Map<String, String> audiences = new TreeMap<>();
        for (ObjectNode d : services(m)) {
            audiences.put(id(d), env(m, d).getOrDefault("MARKETINGOPS_JWT_AUDIENCE", ""));
        }
        assertThat(audiences).as(variant).isNotEmpty();
        assertThat(new HashSet<>(audiences.values())).as(variant + ": " + audiences).hasSize(1).doesNotContain("");
    }

    /** Plain env of the first container: envFrom ConfigMaps, then literal env values. */
    private static Map<String, String> env(Manifests m, JsonNode deployment) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode c = deployment.at("/spec/template/spec/containers/0");
        c.path("envFrom").forEach(e -> m.find("ConfigMap", e.at("/configMapRef/name").asText())
                .ifPresent(cm -> cm.path("data").fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText()))));
        c.path("env").forEach(e -> {
            if (e.has("value")) {
                env.put(e.path("name").asText(), e.path("value").asText());
            }
        });
        return env;
    }

    private static String secretOf(JsonNode deployment, String variable) {
        for (JsonNode e : deployment.at("/spec/template/spec/containers/0/env")) {
            if (e.path("name").asText().equals(variable)) {
                return e.at("/valueFrom/secretKeyRef/name").asText(null);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- kafka

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyTopicAServiceUsesHasAKafkaTopicAndExactlyTheAclsItNeeds(String variant) {
        Manifests m = Manifests.of(variant);
        List<String> problems = new ArrayList<>();
        Map<String, ObjectNode> topics = new LinkedHashMap<>();
        m.kind("KafkaTopic").forEach(t -> topics.put(t.at("/spec/topicName").asText(name(t)), t));
        Set<String> expectedTopics = new TreeSet<>(KafkaUsage.eventTopics());
        for (ObjectNode d : services(m)) {
            String service = name(d);
            expectedTopics.addAll(KafkaUsage.of(service).deadLetters());
            // What it needs, derived from the service's configuration and code, not from what the manifests declare.
            KafkaUsage usage = KafkaUsage.of(service);
            usage.unresolved().forEach(u -> problems.add(service + ": cannot derive " + u + " from its configuration"));
            if (usage.consumes().isEmpty() && usage.produces().isEmpty()) {
                // A Deployment that uses no Kafka (per its sources) needs no KafkaUser, and must not have one.
                m.find("KafkaUser", service).ifPresent(u -> problems.add(id(u) + ": " + service + " uses no Kafka topic"));
                continue;
            }
            Map<String, Set<String>> needed = new LinkedHashMap<>();
            usage.consumes().forEach(t -> needed.computeIfAbsent(t, k -> new LinkedHashSet<>()).add("Read"));
            usage.produces().forEach(t -> needed.computeIfAbsent(t, k -> new LinkedHashSet<>()).add("Write"));
            usage.deadLetters().forEach(t -> needed.computeIfAbsent(t, k -> new LinkedHashSet<>()).add("Write"));
            for (String topic : needed.keySet()) {
                if (!topics.containsKey(topic)) {
                    problems.add(id(d) + ": uses topic " + topic + " but there is no KafkaTopic for it");
                }
            }
            Optional<ObjectNode> user = m.find("KafkaUser", service);
            if (user.isEmpty()) {
                problems.add(id(d) + ": no KafkaUser " + service);
                continue;
            }
            JsonNode spec = user.get().path("spec");
            if (!spec.at("/authentication/type").asText().equals("scram-sha-512") || !spec.at("/authorization/type").asText().equals("simple")) {
                problems.add(id(user.get()) + ": needs scram-sha-512 authentication and simple authorization");
            }
            Map<String, Set<String>> granted = new LinkedHashMap<>();
            for (JsonNode acl : spec.at("/authorization/acls")) {
                String type = acl.at("/resource/type").asText();
                String resource = acl.at("/resource/name").asText();
                Set<String> ops = Manifests.strings(acl.path("operations"));
                String where = id(user.get()) + " ACL " + type + ":" + resource + " " + ops;
                if (acl.path("type").asText("allow").equals("deny")) {
                    continue;
                }
                if (ops.contains("All") || acl.at("/resource/patternType").asText("literal").equals("prefix")
                        || !acl.path("host").asText("*").equals("*")) {
                    problems.add(where + ": no All, no prefix patterns");
                    continue;
                }
                switch (type) {
                    case "topic" -> {
                        Set<String> allowed = new HashSet<>(Set.of("Describe"));
                        allowed.addAll(needed.getOrDefault(resource, Set.of()));
                        if (!allowed.containsAll(ops) || !needed.containsKey(resource)) {
                            problems.add(where + ": grants more than " + service + " needs (" + needed.getOrDefault(resource, Set.of()) + ")");
                        }
                        granted.computeIfAbsent(resource, k -> new LinkedHashSet<>()).addAll(ops);
                    }
                    case "group" -> {
                        if (!usage.groups().contains(resource) || !Set.of("Read", "Describe").containsAll(ops)) {
                            problems.add(where + ": only the service's own consumer groups " + usage.groups() + " (Read, Describe)");
                        }
                        if (ops.contains("Read")) {
                            granted.computeIfAbsent("group:" + resource, k -> new LinkedHashSet<>()).add("Read");
                        }
                    }
                    case "cluster" -> {
                        if (!Set.of("Describe").containsAll(ops)) {
                            problems.add(where + ": only Describe on the cluster");
                        }
                    }
                    default -> problems.add(where + ": unexpected resource type");
                }
            }
            needed.forEach((topic, ops) -> {
                if (!granted.getOrDefault(topic, Set.of()).containsAll(ops)) {
                    problems.add(id(user.get()) + ": lacks " + ops + " on topic " + topic);
                }
            });
            for (String group : usage.groups()) {
                if (!granted.containsKey("group:" + group)) {
                    problems.add(id(user.get()) + ": lacks Read on its consumer group " + group);
                }
            }
        }
        // The KafkaTopics are exactly the event topics of the contracts and the DLQs the services write.
        if (!expectedTopics.equals(new TreeSet<>(topics.keySet()))) {
            problems.add("KafkaTopics " + new TreeSet<>(topics.keySet()) + " are not exactly the event topics and the DLQs the services write "
                    + expectedTopics);
        }
        // Every ACL of every user (tools and operators too) names a topic that exists.
        for (ObjectNode user : m.kind("KafkaUser")) {
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                if (acl.at("/resource/type").asText().equals("topic") && !topics.containsKey(acl.at("/resource/name").asText())) {
                    problems.add(id(user) + ": ACL on topic " + acl.at("/resource/name").asText() + " that has no KafkaTopic");
                }
            }
        }
        // Topic placement fits the broker count.
        int brokers = m.kind("KafkaNodePool").stream().filter(p -> Manifests.strings(p.at("/spec/roles")).contains("broker"))
                .mapToInt(p -> p.at("/spec/replicas").asInt()).sum();
        int controllers = m.kind("KafkaNodePool").stream().filter(p -> Manifests.strings(p.at("/spec/roles")).contains("controller"))
                .mapToInt(p -> p.at("/spec/replicas").asInt()).sum();
        if (brokers < 1 || controllers < 1 || controllers % 2 == 0) {
            problems.add("KafkaNodePools: need brokers and an odd number of KRaft controllers (" + brokers + ", " + controllers + ")");
        }
        topics.forEach((topic, t) -> {
            int replicas = t.at("/spec/replicas").asInt();
            int minIsr = Integer.parseInt(t.at("/spec/config").path("min.insync.replicas").asText("1"));
            if (replicas > brokers || minIsr > replicas || (replicas > 1 && minIsr >= replicas)) {
                problems.add(id(t) + ": replicas " + replicas + ", min.insync.replicas " + minIsr + " do not fit " + brokers + " brokers");
            }
            if (!t.at("/spec/partitions").isInt() || !t.at("/spec/config").has("retention.ms")) {
                problems.add(id(t) + ": needs partitions and retention.ms");
            }
        });
        assertThat(problems).as(variant).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void consumerReplicasNeverOutnumberPartitions(String variant) {
        Manifests m = Manifests.of(variant);
        List<String> problems = new ArrayList<>();
        for (ObjectNode d : m.kind("Deployment")) {
            int max = m.kind("HorizontalPodAutoscaler").stream().filter(h -> h.at("/spec/scaleTargetRef/name").asText().equals(name(d)))
                    .mapToInt(h -> h.at("/spec/maxReplicas").asInt()).findFirst().orElse(1);
            for (String topic : Manifests.csv(d.at("/metadata/annotations").path(CONSUMES).asText(null))) {
                m.kind("KafkaTopic").stream().filter(t -> t.at("/spec/topicName").asText(name(t)).equals(topic)).findFirst().ifPresent(t -> {
                    int partitions = t.at("/spec/partitions").asInt();
                    if (max > partitions) {
                        problems.add(id(d) + ": up to " + max + " replicas in consumer group " + name(d) + " but " + topic + " has "
                                + partitions + " partitions");
                    }
                });
            }
        }
        assertThat(problems).as(variant).isEmpty();
    }

    /**
     * The Deployment annotations (used for the partition/replica check and read by operators) say exactly what each
     * service does on Kafka according to its configuration and code.
     */
    @Test
    void declaredTopicsAreExactlyWhatEachServiceUses() {
        Manifests m = Manifests.of("base");
        List<String> problems = new ArrayList<>();
        // The console's topics are held by ConsoleManifestsTest.
        for (ObjectNode d : services(m)) {
            KafkaUsage usage = KafkaUsage.of(name(d));
            Set<String> consumes = new TreeSet<>(Manifests.csv(d.at("/metadata/annotations").path(CONSUMES).asText(null)));
            Set<String> produces = new TreeSet<>(Manifests.csv(d.at("/metadata/annotations").path(PRODUCES).asText(null)));
            if (!consumes.equals(usage.consumes())) {
                problems.add(name(d) + ": " + CONSUMES + " is " + consumes + " but the service consumes " + usage.consumes());
            }
            if (!produces.equals(usage.produces())) {
                problems.add(name(d) + ": " + PRODUCES + " is " + produces + " but the service produces " + usage.produces());
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The event catalog in contracts names each event type's topic and producer: every topic must have a KafkaTopic,
     * and a service named as a producer must declare (and so be granted) the topic. Read from the source, so this
     * module needs no build of contracts.
     */
    @Test
    void theEventCatalogsTopicsAndProducersAreDeployed() throws IOException {
        Path contracts = Manifests.ROOT.resolve("contracts/src/main/java/dev/marketingops/contracts");
        assertThat(contracts.resolve("Topics.java")).as("contracts sources").exists();
        assertThat(contracts.resolve("EventCatalog.java")).as("contracts sources").exists();
        Map<String, String> topicConstants = new LinkedHashMap<>();
        Matcher c = Pattern.compile("static final String (\\w+) = \"([a-z]+(?:\\.[a-z]+)+)\";").matcher(Files.readString(contracts.resolve("Topics.java")));
        while (c.find()) {
            topicConstants.put(c.group(1), c.group(2));
        }
        String catalog = Files.readString(contracts.resolve("EventCatalog.java"));
        Map<String, String> stringConstants = new LinkedHashMap<>();
        Matcher sc = Pattern.compile("static final String (\\w+) = \"([^\"]*)\";").matcher(catalog);
        while (sc.find()) {
            stringConstants.put(sc.group(1), sc.group(2));
        }
        Matcher entry = Pattern.compile("entry\\(\\s*\\w+\\.TYPE,\\s*\\w+\\.class,\\s*Topics\\.(\\w+),\\s*(\"[^\"]*\"|\\w+),").matcher(catalog);
        Manifests m = Manifests.of("base");
        Set<String> kafkaTopics = new HashSet<>();
        m.kind("KafkaTopic").forEach(t -> kafkaTopics.add(t.at("/spec/topicName").asText(name(t))));
        List<String> problems = new ArrayList<>();
        topicConstants.values().forEach(t -> {
            if (!kafkaTopics.contains(t)) {
                problems.add("Topics." + t + " has no KafkaTopic");
            }
        });
        int entries = 0;
        while (entry.find()) {
            entries++;
            String topic = topicConstants.get(entry.group(1));
            String producer = entry.group(2).startsWith("\"") ? entry.group(2).replace("\"", "")
                    : stringConstants.getOrDefault(entry.group(2), entry.group(2));
            Matcher service = Pattern.compile("[a-z]+-service").matcher(producer);
            while (service.find()) {
                Optional<ObjectNode> d = m.find("Deployment", service.group());
                if (d.isEmpty()) {
                    problems.add("catalog producer " + service.group() + " has no Deployment");
                } else if (!Manifests.csv(d.get().at("/metadata/annotations").path(PRODUCES).asText(null)).contains(topic)) {
                    problems.add(service.group() + " produces " + topic + " per the event catalog, but " + PRODUCES + " does not list it");
                }
            }
        }
        assertThat(entries).as("EventCatalog.java entries in the entry(...) shape this check reads").isPositive();
        assertThat(problems).isEmpty();
    }

    // ---------------------------------------------------------------- network policies

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void networkPoliciesSelectRealPodsAndAllowOnlyWhatEachServiceNeeds(String variant) {
        Manifests m = Manifests.of(variant);
        List<Pod> pods = m.pods();
        List<String> problems = new ArrayList<>();
        for (ObjectNode np : m.kind("NetworkPolicy")) {
            JsonNode spec = np.path("spec");
            if (pods.stream().noneMatch(p -> Manifests.selects(spec.path("podSelector"), p.labels()))) {
                problems.add(id(np) + ": podSelector selects no pod");
            }
            for (String direction : List.of("ingress", "egress")) {
                String peers = direction.equals("ingress") ? "from" : "to";
                for (JsonNode rule : spec.path(direction)) {
                    if (!rule.has(peers) || rule.path(peers).isEmpty()) {
                        problems.add(id(np) + ": an " + direction + " rule without '" + peers + "' allows everyone");
                    }
                    if (!rule.has("ports") || rule.path("ports").isEmpty()) {
                        problems.add(id(np) + ": an " + direction + " rule without ports allows every port");
                    }
                    for (JsonNode peer : rule.path(peers)) {
                        if (peer.has("ipBlock")) {
                            problems.add(id(np) + ": ipBlock peers are not expected");
                        }
                        if (peer.has("podSelector") && !peer.has("namespaceSelector")
                                && pods.stream().noneMatch(p -> Manifests.selects(peer.path("podSelector"), p.labels()))) {
                            problems.add(id(np) + ": " + direction + " peer " + peer.path("podSelector") + " selects no pod");
                        }
                        if (peer.has("namespaceSelector") && !peer.at("/namespaceSelector/matchLabels").has("kubernetes.io/metadata.name")) {
                            problems.add(id(np) + ": namespaceSelector must name its namespace (kubernetes.io/metadata.name)");
                        }
                    }
                }
            }
        }
        List<Pod> kafkaBrokers = pods.stream().filter(p -> "true".equals(p.labels().get("strimzi.io/broker-role"))).toList();
        List<Pod> postgres = pods.stream().filter(p -> p.labels().containsKey("cnpg.io/cluster")).toList();
        for (Pod pod : pods) {
            if (pod.deployment() == null || WEB.equals(pod.deployment().at("/metadata/labels/app.kubernetes.io~1component").asText())) {
                continue; // The console's policy is checked by theConsoleReadsOnlyAndReachesOnlyTheServicesAndKafka.
            }
            List<ObjectNode> policies = m.kind("NetworkPolicy").stream()
                    .filter(np -> Manifests.selects(np.at("/spec/podSelector"), pod.labels())).toList();
            Set<String> types = new HashSet<>();
            policies.forEach(np -> types.addAll(Manifests.strings(np.at("/spec/policyTypes"))));
            if (!types.containsAll(Set.of("Ingress", "Egress"))) {
                problems.add(pod.owner() + ": not isolated for Ingress and Egress by a NetworkPolicy");
                continue;
            }
            int port = pod.deployment().at("/spec/template/spec/containers/0/ports/0/containerPort").asInt();
            boolean gateway = false;
            boolean dns = false;
            boolean kafka = false;
            boolean pg = false;
            for (ObjectNode np : policies) {
                for (JsonNode rule : np.at("/spec/ingress")) {
                    for (JsonNode peer : rule.path("from")) {
                        if (peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText().equals("ingress-gateway")
                                && hasPort(rule, port)) {
                            gateway = true;
                        }
                    }
                }
                for (JsonNode rule : np.at("/spec/egress")) {
                    for (JsonNode peer : rule.path("to")) {
                        boolean sameNamespacePods = peer.has("podSelector") && !peer.has("namespaceSelector");
                        if (peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText().equals("kube-system") && hasPort(rule, 53)) {
                            dns = true;
                        } else if (sameNamespacePods && kafkaBrokers.stream().anyMatch(b -> Manifests.selects(peer.path("podSelector"), b.labels()))
                                && hasPort(rule, 9093)) {
                            kafka = true;
                        } else if (sameNamespacePods && postgres.stream().anyMatch(b -> Manifests.selects(peer.path("podSelector"), b.labels()))
                                && hasPort(rule, 5432)) {
                            pg = true;
                        } else {
                            problems.add(pod.owner() + ": egress to " + peer + " is neither DNS, Kafka nor PostgreSQL");
                        }
                    }
                }
            }
            if (!gateway || !dns || !kafka || !pg) {
                problems.add(pod.owner() + ": NetworkPolicies must allow the gateway in (" + gateway + ") and DNS (" + dns
                        + "), Kafka (" + kafka + "), PostgreSQL (" + pg + ") out");
            }
            // The other side: Strimzi's listener peers and the PostgreSQL policy let this pod in.
            for (ObjectNode k : m.kind("Kafka")) {
                for (JsonNode listener : k.at("/spec/kafka/listeners")) {
                    if (listener.has("networkPolicyPeers") && listener.path("networkPolicyPeers").findValues("podSelector").stream()
                            .noneMatch(sel -> Manifests.selects(sel, pod.labels()))) {
                        problems.add(pod.owner() + ": not among the networkPolicyPeers of Kafka listener " + listener.path("name").asText());
                    }
                }
            }
            for (ObjectNode np : m.kind("NetworkPolicy")) {
                boolean guardsPostgres = postgres.stream().anyMatch(p -> Manifests.selects(np.at("/spec/podSelector"), p.labels()));
                if (guardsPostgres) {
                    boolean admitted = false;
                    for (JsonNode rule : np.at("/spec/ingress")) {
                        for (JsonNode peer : rule.path("from")) {
                            if (peer.has("podSelector") && !peer.has("namespaceSelector")
                                    && Manifests.selects(peer.path("podSelector"), pod.labels()) && hasPort(rule, 5432)) {
                                admitted = true;
                            }
                        }
                    }
                    if (!admitted) {
                        problems.add(pod.owner() + ": " + id(np) + " does not let it reach PostgreSQL");
                    }
                }
            }
        }
        assertThat(problems).as(variant).isEmpty();
    }

    private static boolean hasPort(JsonNode rule, int port) {
        for (JsonNode p : rule.path("ports")) {
            if (p.path("port").asInt() == port) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- secrets and images

    @Test
    void secretValuesLiveOnlyInTheDevOverlay() {
        assertThat(Manifests.of("base").kind("Secret")).as("Secrets in base").isEmpty();
        assertThat(Manifests.of("overlays/prod").kind("Secret")).as("Secrets in prod").isEmpty();
        Set<String> dev = new LinkedHashSet<>();
        Manifests.of("overlays/dev").kind("Secret").forEach(s -> dev.add(name(s)));
        assertThat(dev).as("dev overlay generates exactly the externally provided Secrets")
                .containsExactlyInAnyOrderElementsOf(Manifests.externalSecrets());
    }

    @Test
    void everyDeployedServiceHasAJvmDockerfile() throws IOException {
        List<String> problems = new ArrayList<>();
        for (ObjectNode d : Manifests.of("base").kind("Deployment")) {
            Path dockerfile = Manifests.ROOT.resolve(name(d)).resolve("src/main/docker/Dockerfile.jvm");
            if (!Files.exists(dockerfile)) {
                problems.add(dockerfile + " missing");
                continue;
            }
            String text = Files.readString(dockerfile);
            if (!text.contains("USER 185") || !text.contains("target/quarkus-app") || !text.contains("EXPOSE 8080")) {
                problems.add(dockerfile + ": must run as user 185, copy target/quarkus-app and expose 8080");
            }
        }
        assertThat(problems).isEmpty();
    }
}
