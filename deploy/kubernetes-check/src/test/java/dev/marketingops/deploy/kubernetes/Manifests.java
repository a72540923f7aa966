package dev.marketingops.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** One rendered variant (the base or an overlay) and lookups over its objects. */
final class Manifests {

    static final Path ROOT = Paths.get(System.getProperty("marketingops.root", "../..")).toAbsolutePath().normalize();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    final String variant;
    final List<ObjectNode> objects;

    private Manifests(String variant, List<ObjectNode> objects) {
        this.variant = variant;
        this.objects = List.copyOf(objects);
    }

    static Manifests of(String variant) {
        return RENDERED.computeIfAbsent(variant, v -> new Manifests(v, Kustomize.build(KUBERNETES.resolve(v))));
    }

    List<ObjectNode> kind(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).collect(Collectors.toList());
    }

    Optional<ObjectNode> find(String kind, String name) {
        return kind(kind).stream().filter(o -> name(o).equals(name)).findFirst();
    }

    boolean has(String kind, String name) {
        return find(kind, name).isPresent();
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + name(o);
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    /** Pods this variant runs: Deployment templates, plus the pods the operators create from the CRs. */
    List<Pod> pods() {
        List<Pod> pods = new ArrayList<>();
        for (ObjectNode d : kind("Deployment")) {
            pods.add(new Pod("Deployment/" + name(d), labels(d.path("spec").path("template").path("metadata").path("labels")),
                    d));
        }
        for (ObjectNode pool : kind("KafkaNodePool")) {
            String cluster = pool.path("metadata").path("labels").path("strimzi.io/cluster").asText();
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("strimzi.io/cluster", cluster);
            labels.put("strimzi.io/kind", "Kafka");
            labels.put("strimzi.io/name", cluster + "-kafka");
            labels.put("strimzi.io/pool-name", name(pool));
            Set<String> roles = strings(pool.path("spec").path("roles"));
            if (roles.contains("broker")) {
                labels.put("strimzi.io/broker-role", "true");
            }
            if (roles.contains("controller")) {
                labels.put("strimzi.io/controller-role", "true");
            }
            pods.add(new Pod("KafkaNodePool/" + name(pool), labels, null));
        }
        for (ObjectNode cluster : kind("Cluster")) {
            pods.add(new Pod("Cluster/" + name(cluster), Map.of("cnpg.io/cluster", name(cluster), "cnpg.io/podRole", "instance"),
                    null));
        }
        return pods;
    }

    record Pod(String owner, Map<String, String> labels, ObjectNode deployment) {
    }

    /** A Kubernetes label selector (matchLabels and matchExpressions) against a label set; empty selects all. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        for (Map.Entry<String, String> e : labels(selector.path("matchLabels")).entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode expr : selector.path("matchExpressions")) {
            String key = expr.path("key").asText();
            Set<String> values = strings(expr.path("values"));
            boolean ok = switch (expr.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    static Set<String> csv(String value) {
        return value == null || value.isBlank() ? Set.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Names in deploy/kubernetes/external-secrets.txt: Secrets the platform provides. */
    static Set<String> externalSecrets() {
        try {
            return Files.readAllLines(KUBERNETES.resolve("external-secrets.txt")).stream()
                    .map(l -> l.replaceAll("#.*", "").trim())
                    .filter(l -> !l.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Secrets an operator creates from a CR in this variant (Strimzi User and Cluster Operator, CloudNativePG). */
    Set<String> operatorSecrets() {
        Set<String> names = new LinkedHashSet<>();
        for (ObjectNode user : kind("KafkaUser")) {
            names.add(name(user));
        }
        for (ObjectNode kafka : kind("Kafka")) {
            names.add(name(kafka) + "-cluster-ca-cert");
            names.add(name(kafka) + "-clients-ca-cert");
        }
        for (ObjectNode cluster : kind("Cluster")) {
            names.add(name(cluster) + "-ca");
            names.add(name(cluster) + "-server");
            names.add(name(cluster) + "-replication");
        }
        return names;
    }

    /** Quantity to a number of base units (cores, bytes): enough of the grammar for requests and limits. */
    static double quantity(String q) {
        String[][] suffixes = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
                {"m", "0.001"}, {"k", "1000"}, {"M", "1000000"}, {"G", "1000000000"}, {"T", "1000000000000"}};
        for (String[] s : suffixes) {
            if (q.endsWith(s[0])) {
                return Double.parseDouble(q.substring(0, q.length() - s[0].length())) * Double.parseDouble(s[1]);
            }
        }
        return Double.parseDouble(q);
    }
}
