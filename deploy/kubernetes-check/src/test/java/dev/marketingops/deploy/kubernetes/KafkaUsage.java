package dev.marketingops.deploy.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a service really does on Kafka (groups, consumed and produced topics, DLQs), derived from its sources. */
record KafkaUsage(String service, Set<String> groups, Set<String> consumes, Set<String> produces, List<String> unresolved) {

    private static final Path CONTRACTS = Manifests.ROOT.resolve("contracts/src/main/java/dev/marketingops/contracts");
    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");
    private static final Pattern CONFIG_FIELD = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"[^)]*\\)\\s*(?:final\\s+)?String\\s+(\\w+)");
    /** A {@code @ConfigMapping(prefix = "...")} interface and its String methods, each read as key prefix.kebab-name. */
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern MAPPING_METHOD = Pattern.compile("\\bString\\s+(\\w+)\\(\\)\\s*;");
    private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");
    private static final Pattern GROUP_ID = Pattern.compile("GROUP_ID_CONFIG\\s*,\\s*(\"[^\"]*\"|[\\w.]+(?:\\(\\))?)\\s*\\)");
    private static final Pattern SUBSCRIBE = Pattern.compile(
            "\\.subscribe\\(\\s*(?:List\\.of|Set\\.of|Collections\\.singletonList|Collections\\.singleton)?\\(?\\s*(\"[^\"]*\"|[\\w.]+(?:\\(\\))?)");
    private static final Pattern DIRECT_RECORD = Pattern.compile(
            "(?:toProducerRecord|new\\s+ProducerRecord<[^>]*>)\\(\\s*Topics\\.(\\w+)");

    /** Every DLQ the service writes: EventIntake (and any stream of its own) parks on {@code <topic>.dlq}. */
    Set<String> deadLetters() {
        Set<String> dlqs = new TreeSet<>();
        consumes.forEach(t -> dlqs.add(t + ".dlq"));
        return dlqs;
    }

    static KafkaUsage of(String service) {
        Path module = Manifests.ROOT.resolve(service);
        if (!Files.isDirectory(module)) {
            throw new IllegalStateException("No module " + module + " to derive the Kafka use of Deployment " + service + " from");
        }
        Path properties = module.resolve("src/main/resources/application.properties");
        Properties config = Files.exists(properties) ? load(properties) : new Properties();
        Map<String, String> topicConstants = constants(read(CONTRACTS.resolve("Topics.java")));
        List<String> sources = javaSources(module.resolve("src/main/java"));
        Map<String, String> identifiers = new HashMap<>();
        for (String source : sources) {
            constants(source).forEach(identifiers::put);
            Matcher f = CONFIG_FIELD.matcher(source);
            while (f.find()) {
                identifiers.put(f.group(2), config.getProperty(f.group(1), "${" + f.group(1) + "}"));
            }
            // A value read through a config mapping (settings.groupId(), or a field named after the method).
            Matcher mapping = MAPPING.matcher(source);
            if (mapping.find()) {
                Matcher m = MAPPING_METHOD.matcher(source);
                while (m.find()) {
                    String key = mapping.group(1) + "." + m.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
                    identifiers.put(m.group(1), config.getProperty(key, "${" + key + "}"));
                }
            }
        }
        topicConstants.forEach((k, v) -> identifiers.put("Topics." + k, v));
        Set<String> groups = new TreeSet<>();
        Set<String> consumes = new TreeSet<>();
        Set<String> produces = new TreeSet<>();
        List<String> unresolved = new ArrayList<>();
        for (String key : config.stringPropertyNames()) {
            Matcher c = CHANNEL.matcher(key);
            if (!c.matches() || !config.getProperty(key).trim().equals("smallrye-kafka")) {
                continue;
            }
            String prefix = "mp.messaging." + c.group(1) + "." + c.group(2) + ".";
            String topic = config.getProperty(prefix + "topic", c.group(2)).trim();
            if (c.group(1).equals("incoming")) {
                consumes.add(topic);
                groups.add(config.getProperty(prefix + "group.id", config.getProperty("kafka.group.id",
                        config.getProperty("quarkus.application.name", service))).trim());
            } else {
                produces.add(topic);
            }
        }
        for (String source : sources) {
            Matcher g = GROUP_ID.matcher(source);
            while (g.find()) {
                resolve(g.group(1), identifiers, groups, unresolved, "group id");
            }
            // A hand-made consumer may be configured in one class and subscribed in another (metrics' activity loop).
            Matcher s = SUBSCRIBE.matcher(source);
            while (s.find()) {
                resolve(s.group(1), identifiers, consumes, unresolved, "subscribed topic");
            }
            Matcher d = DIRECT_RECORD.matcher(source);
            while (d.find()) {
                resolve("Topics." + d.group(1), identifiers, produces, unresolved, "produced topic");
            }
        }
        produces.addAll(catalogTopicsProducedBy(service, topicConstants));
        return new KafkaUsage(service, groups, consumes, produces, unresolved);
    }

    /** Every event topic (Topics.java constants), without DLQs. */
    static Set<String> eventTopics() {
        return new TreeSet<>(constants(read(CONTRACTS.resolve("Topics.java"))).values());
    }

    /** The outbox emits only catalogued types; the catalog names each type's topic and producing service(s). */
    private static Set<String> catalogTopicsProducedBy(String service, Map<String, String> topicConstants) {
        String catalog = read(CONTRACTS.resolve("EventCatalog.java"));
        Map<String, String> names = constants(catalog);
        Matcher entry = Pattern.compile("entry\\(\\s*\\w+\\.TYPE,\\s*\\w+\\.class,\\s*Topics\\.(\\w+),\\s*(\"[^\"]*\"|\\w+),")
                .matcher(catalog);
        Set<String> topics = new TreeSet<>();
        int entries = 0;
        while (entry.find()) {
            entries++;
            String producer = entry.group(2).startsWith("\"") ? entry.group(2).replace("\"", "")
                    : names.getOrDefault(entry.group(2), entry.group(2));
            if (Pattern.compile("\\b" + Pattern.quote(service) + "\\b").matcher(producer).find()) {
                topics.add(topicConstants.get(entry.group(1)));
            }
        }
        if (entries == 0) {
            throw new IllegalStateException("EventCatalog.java no longer has the entry(...) shape this check reads");
        }
        return topics;
    }

    private static void resolve(String expression, Map<String, String> identifiers, Set<String> into, List<String> unresolved,
                                String what) {
        String name = expression.endsWith("()") ? expression.substring(expression.lastIndexOf('.') + 1, expression.length() - 2)
                : expression.replaceFirst("^this\\.", "");
        String value = expression.startsWith("\"") ? expression.substring(1, expression.length() - 1)
                : identifiers.getOrDefault(expression, identifiers.get(name));
        if (value == null || value.startsWith("${")) {
            unresolved.add(what + " " + expression + (value == null ? "" : " = " + value));
        } else {
            into.add(value.trim());
        }
    }

    private static Map<String, String> constants(String source) {
        Map<String, String> constants = new HashMap<>();
        Matcher c = CONSTANT.matcher(source);
        while (c.find()) {
            constants.put(c.group(1), c.group(2));
        }
        return constants;
    }

    private static List<String> javaSources(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(KafkaUsage::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("no configuration for " + file, e);
        }
        return p;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
