package dev.marketingops.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON schemas every rendered object is validated against, made strict: an object schema that lists its
 * properties rejects any other property, as the API server's strict field validation and {@code kubectl
 * --validate=strict} do.
 * <ul>
 *   <li>Kubernetes built-in kinds: {@code schema/validation-schema.json} of fabric8's {@code kubernetes-model-core,
 *       -apps, -autoscaling, -policy, -networking} 6.13.5 (Maven Central; generated from the Kubernetes 1.30 API).
 *       Adapted: Quantity and IntOrString become string-or-number, boolean {@code required} flags become
 *       {@code required} lists, fabric8's Java annotations are dropped.</li>
 *   <li>Strimzi and CloudNativePG kinds: the {@code openAPIV3Schema} of the operators' own CRDs, vendored under
 *       {@code src/test/resources/crds} (see the README there). Adapted the way the API server reads them:
 *       {@code x-kubernetes-int-or-string}, {@code nullable}, {@code x-kubernetes-preserve-unknown-fields}; {@code format}
 *       is dropped (Kubernetes formats such as int32 are informational).</li>
 * </ul>
 */
final class Schemas {

    static final String K8S_IRI = "https://marketing-ops.dev/schemas/kubernetes.json";
    static final String CRD_IRI = "https://marketing-ops.dev/schemas/crd/";
    static final List<String> CRD_FILES = List.of(
            "crds/strimzi-1.2.0/040-Crd-kafka.yaml",
            "crds/strimzi-1.2.0/043-Crd-kafkatopic.yaml",
            "crds/strimzi-1.2.0/044-Crd-kafkauser.yaml",
            "crds/strimzi-1.2.0/045-Crd-kafkanodepool.yaml",
            "crds/cloudnative-pg-1.30.0/postgresql.cnpg.io_clusters.yaml",
            "crds/cloudnative-pg-1.30.0/postgresql.cnpg.io_databases.yaml");
    private static final Set<String> FABRIC8_ANNOTATIONS = Set.of("javaType", "javaInterfaces", "existingJavaType",
            "javaOmitEmpty", "serializer", "deserializer");

    private final Map<String, String> documents = new HashMap<>();
    /** "apiVersion/kind" to the IRI of its schema. */
    private final Map<String, String> locations = new TreeMap<>();
    private final Map<String, Schema> compiled = new HashMap<>();
    private final SchemaRegistry registry;
    private final String objectMetaIri;

    Schemas() {
        ObjectNode definitions = Yaml.JSON.createObjectNode();
        try {
            Enumeration<URL> urls = Schemas.class.getClassLoader().getResources("schema/validation-schema.json");
            int modules = 0;
            for (URL url : Collections.list(urls)) {
                modules++;
                JsonNode doc = Yaml.JSON.readTree(url);
                doc.get("definitions").fields().forEachRemaining(e -> definitions.set(e.getKey(), e.getValue()));
            }
            if (modules < 5) {
                throw new IllegalStateException("expected the schemas of 5 fabric8 kubernetes-model jars, found " + modules);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String objectMeta = null;
        Map<String, JsonNode> replacements = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : iterable(definitions)) {
            ObjectNode def = (ObjectNode) entry.getValue();
            String javaType = def.path("javaType").asText(def.path("existingJavaType").asText(""));
            String key = entry.getKey();
            if (javaType.endsWith("Quantity") || key.endsWith("_Quantity")) {
                replacements.put(entry.getKey(), typeUnion("string", "integer", "number"));
            } else if (javaType.endsWith(".IntOrString") || key.endsWith("_IntOrString")) {
                replacements.put(entry.getKey(), typeUnion("string", "integer"));
            } else if (key.endsWith("_Time") || key.endsWith("_MicroTime") || key.endsWith("_Duration")) {
                replacements.put(entry.getKey(), typeUnion("string"));
            } else {
                JsonNode props = def.path("properties");
                String apiVersion = props.path("apiVersion").path("default").asText("");
                String kind = props.path("kind").path("default").asText("");
                if (!apiVersion.isEmpty() && !kind.isEmpty() && props.has("metadata") && !kind.endsWith("List")) {
                    locations.put(apiVersion + "/" + kind, K8S_IRI + "#/definitions/" + entry.getKey());
                }
                if (javaType.equals("io.fabric8.kubernetes.api.model.ObjectMeta")) {
                    objectMeta = K8S_IRI + "#/definitions/" + entry.getKey();
                }
            }
        }
        if (objectMeta == null) {
            throw new IllegalStateException("no ObjectMeta in the fabric8 schemas");
        }
        this.objectMetaIri = objectMeta;
        replacements.forEach(definitions::set);
        for (Map.Entry<String, JsonNode> entry : iterable(definitions)) {
            strictFabric8(entry.getValue());
        }
        ObjectNode root = Yaml.JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.set("definitions", definitions);
        documents.put(K8S_IRI, Yaml.json(root));

        for (String file : CRD_FILES) {
            JsonNode crd = readYamlResource(file);
            String group = crd.path("spec").path("group").asText();
            String kind = crd.path("spec").path("names").path("kind").asText();
            for (JsonNode version : crd.path("spec").path("versions")) {
                if (!version.path("served").asBoolean()) {
                    continue;
                }
                JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                strictCrd(schema);
                ((ObjectNode) schema).put("$schema", "http://json-schema.org/draft-07/schema#");
                String apiVersion = group + "/" + version.path("name").asText();
                String iri = CRD_IRI + apiVersion + "/" + kind + ".json";
                documents.put(iri, Yaml.json(schema));
                locations.put(apiVersion + "/" + kind, iri);
            }
        }

        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .locale(Locale.ENGLISH)
                .build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(config)
                // Every IRI resolves to an in-memory document: nothing is fetched.
                .schemas(documents::get));
    }

    Set<String> kinds() {
        return new TreeSet<>(locations.keySet());
    }

    boolean knows(String apiVersion, String kind) {
        return locations.containsKey(apiVersion + "/" + kind);
    }

    /** Problems of one object against its kind's schema, and of its metadata against ObjectMeta; empty when valid. */
    List<String> validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String key = apiVersion + "/" + kind;
        List<String> problems = new ArrayList<>();
        if (!locations.containsKey(key)) {
            problems.add("no schema for " + key);
            return problems;
        }
        for (Error error : schema(locations.get(key)).validate(Yaml.json(object), InputFormat.JSON)) {
            problems.add(error.toString());
        }
        for (Error error : schema(objectMetaIri).validate(Yaml.json(object.path("metadata")), InputFormat.JSON)) {
            problems.add("metadata: " + error);
        }
        return problems;
    }

    private synchronized Schema schema(String iri) {
        return compiled.computeIfAbsent(iri, i -> registry.getSchema(SchemaLocation.of(i)));
    }

    // --- fabric8: strict objects, JSON-Schema "required" ---

    private static void strictFabric8(JsonNode node) {
        if (node.isArray()) {
            node.forEach(Schemas::strictFabric8);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode schema = (ObjectNode) node;
        schema.remove(FABRIC8_ANNOTATIONS);
        JsonNode props = schema.get("properties");
        if (props != null && props.isObject()) {
            List<String> required = new ArrayList<>();
            for (Map.Entry<String, JsonNode> p : iterable(props)) {
                if (p.getValue().isObject() && p.getValue().has("required") && p.getValue().get("required").isBoolean()) {
                    if (p.getValue().get("required").asBoolean()) {
                        required.add(p.getKey());
                    }
                    ((ObjectNode) p.getValue()).remove("required");
                }
                // "default" on apiVersion/kind is documentation, not a constraint; keep it as is.
                strictFabric8(p.getValue());
            }
            if (!required.isEmpty()) {
                ArrayNode list = schema.putArray("required");
                required.forEach(list::add);
            }
            JsonNode additional = schema.get("additionalProperties");
            if (additional == null || (additional.isBoolean() && additional.asBoolean())) {
                schema.put("additionalProperties", false);
            }
        }
        for (String child : List.of("items", "additionalProperties")) {
            if (schema.has(child) && schema.get(child).isObject()) {
                strictFabric8(schema.get(child));
            }
        }
    }

    // --- CRDs: structural OpenAPI v3 read the way the API server reads it ---

    private static void strictCrd(JsonNode node) {
        if (node.isArray()) {
            node.forEach(Schemas::strictCrd);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode schema = (ObjectNode) node;
        schema.remove("format");
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            schema.remove("anyOf");
            schema.set("type", typeUnion("integer", "string").get("type"));
        }
        if (schema.path("nullable").asBoolean(false) && schema.has("type") && schema.get("type").isTextual()) {
            schema.set("type", typeUnion(schema.get("type").asText(), "null").get("type"));
        }
        boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.has("properties") && !schema.has("additionalProperties") && !preserveUnknown) {
            schema.put("additionalProperties", false);
        }
        if (schema.has("properties")) {
            schema.get("properties").forEach(Schemas::strictCrd);
        }
        for (String child : List.of("items", "additionalProperties", "not")) {
            if (schema.has(child) && schema.get(child).isObject()) {
                strictCrd(schema.get(child));
            }
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            if (schema.has(combinator)) {
                strictCrd(schema.get(combinator));
            }
        }
    }

    private static ObjectNode typeUnion(String... types) {
        ObjectNode node = Yaml.JSON.createObjectNode();
        if (types.length == 1) {
            node.put("type", types[0]);
        } else {
            ArrayNode array = node.putArray("type");
            for (String t : types) {
                array.add(t);
            }
        }
        return node;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }

    static JsonNode readYamlResource(String resource) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<ObjectNode> docs = Yaml.readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return docs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
