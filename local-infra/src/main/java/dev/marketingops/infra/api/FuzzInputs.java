package dev.marketingops.infra.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What the fuzzer sends: a plausible body built from an operation's schema, and the hostile values put into it. */
final class FuzzInputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG_TEXT = "x".repeat(20_000);

    private final OpenApiDocument document;

    FuzzInputs(OpenApiDocument document) {
        this.document = document;
    }

    /** Empty, null, wrong-type, oversized, NUL-containing and overflowing values for one field. */
    static List<JsonNode> hostileValues() {
        List<JsonNode> values = new ArrayList<>();
        values.add(NODES.nullNode());
        values.add(NODES.booleanNode(true));
        values.add(NODES.numberNode(0));
        values.add(NODES.numberNode(-1));
        values.add(NODES.numberNode(new BigDecimal("1.5")));
        values.add(NODES.numberNode(new BigInteger("2147483648")));
        values.add(NODES.numberNode(new BigInteger("9223372036854775808")));
        values.add(NODES.numberNode(new BigDecimal("1E+15")));
        values.add(NODES.numberNode(new BigDecimal("999999999999999.99999")));
        values.add(NODES.numberNode(new BigDecimal("1E+39")));
        values.add(NODES.numberNode(new BigDecimal("-1E+39")));
        values.add(NODES.numberNode(new BigDecimal("1E+400")));
        values.add(NODES.numberNode(new BigDecimal("1E-400")));
        values.add(NODES.numberNode(new BigDecimal("1E+999999999")));
        values.add(NODES.stringNode(""));
        values.add(NODES.stringNode("   "));
        values.add(NODES.stringNode("\u0000"));
        values.add(NODES.stringNode("a\u0000b"));
        values.add(NODES.stringNode("x".repeat(300)));
        values.add(NODES.stringNode("x".repeat(1_001)));
        values.add(NODES.stringNode(LONG_TEXT));
        values.add(NODES.stringNode("9999-99-99"));
        values.add(NODES.stringNode("not-a-uuid"));
        values.add(NODES.stringNode("2147483648"));
        values.add(NODES.stringNode("\uD83D\uDE00".repeat(100)));
        values.add(NODES.objectNode());
        values.add(NODES.arrayNode());
        values.add(NODES.arrayNode().add(NODES.nullNode()));
        values.add(NODES.arrayNode().add(NODES.stringNode("a\u0000")));
        return values;
    }

    /** Bodies that are wrong as a whole, as raw text. */
    static List<String> hostileBodies(String plausible) {
        List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "{}", "\"text\"", "42", "true", "{", "{\"a\":",
                "{\"a\":1}}", "\u0000", "{\"\u0000\":1}", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)));
        if (plausible.startsWith("{\"")) {
            // The first key twice: {"reason":"a","reason":"a",...}
            int colon = plausible.indexOf("\":");
            String key = plausible.substring(1, colon + 1);
            bodies.add("{" + key + ":\"a\"," + plausible.substring(1));
            bodies.add(plausible.substring(0, plausible.length() - 1) + ",\"unknownField\":1}");
        }
        return bodies;
    }

    /** A body that fits the schema as far as a generic generator can tell (examples, enums, formats, minimums). */
    JsonNode sample(JsonNode schema, int depth) {
        JsonNode node = document.resolve(schema);
        if (node == null || depth > 6) {
            return NODES.nullNode();
        }
        if (node.has("enum") && !node.get("enum").isEmpty()) {
            return node.get("enum").get(0);
        }
        if (node.has("examples") && node.get("examples").isArray() && !node.get("examples").isEmpty()) {
            return node.get("examples").get(0);
        }
        if (node.has("allOf")) {
            return sample(node.get("allOf").get(0), depth + 1);
        }
        switch (type(node)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
                    object.set(property.getKey(), sample(property.getValue(), depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(node.path("items"), depth + 1));
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(node.has("minimum") ? node.get("minimum").asLong() : 1);
            }
            case "number" -> {
                return node.has("minimum") ? node.get("minimum") : NODES.numberNode(new BigDecimal("10.5"));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.stringNode(text(node));
            }
        }
    }

    /** Every JSON pointer of a property in {@code body}, nested ones included, so each can be replaced. */
    static List<String> fieldPointers(JsonNode body, String prefix, int depth) {
        List<String> pointers = new ArrayList<>();
        if (depth > 4) {
            return pointers;
        }
        if (body.isObject()) {
            for (Map.Entry<String, JsonNode> property : body.properties()) {
                String pointer = prefix + "/" + OpenApiDocument.escape(property.getKey());
                pointers.add(pointer);
                pointers.addAll(fieldPointers(property.getValue(), pointer, depth + 1));
            }
        } else if (body.isArray() && !body.isEmpty()) {
            pointers.add(prefix + "/0");
            pointers.addAll(fieldPointers(body.get(0), prefix + "/0", depth + 1));
        }
        return pointers;
    }

    /** A copy of {@code body} with the value at {@code pointer} replaced. */
    static JsonNode with(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array && !array.isEmpty()) {
            array.set(0, value);
        }
        return copy;
    }

    private static String type(JsonNode node) {
        JsonNode type = node.get("type");
        if (type == null) {
            return node.has("properties") ? "object" : "string";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
            return "string";
        }
        return type.asString();
    }

    private static String text(JsonNode node) {
        String format = node.path("format").asString("");
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2030-06-01";
            case "date-time" -> "2030-06-01T10:00:00Z";
            default -> node.has("pattern") && node.get("pattern").asString().contains("A-Z]{3}") ? "EUR"
                    : node.has("pattern") ? "en" : "fuzz";
        };
    }
}
