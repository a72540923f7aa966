package dev.marketingops.metrics.benchmark;

import dev.marketingops.contracts.Topics;
import dev.marketingops.infra.KafkaTestResource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The yardstick: Kafka's {@code kafka-consumer-perf-test} reading the first N records of the activity topic in its own JVM. */
record RawConsumerRate(double fetchPerSecond, double withGroupJoinPerSecond, String loadAverage) {

    static RawConsumerRate measure(int records) {
        String printed = KafkaTestResource.broker().runTool(Duration.ofMinutes(10),
                "org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server",
                KafkaTestResource.broker().bootstrapServers(), "--topic", Topics.MARKETING_ACTIVITY,
                "--messages", Integer.toString(records), "--timeout", "60000");
        List<String> lines = printed.lines().filter(l -> l.contains(",")).toList();
        String[] names = lines.get(lines.size() - 2).split(",\\s*");
        String[] values = lines.get(lines.size() - 1).split(",\\s*");
        Map<String, String> figures = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            figures.put(names[i].trim(), values[i].trim());
        }
        return new RawConsumerRate(Double.parseDouble(figures.get("fetch.nMsg.sec")),
                Double.parseDouble(figures.get("nMsg.sec")), LoadAverage.now());
    }

    @Override
    public String toString() {
        return String.format("%,.0f events/s (fetch.nMsg.sec; %,.0f nMsg.sec with the group join; load average %s)",
                fetchPerSecond, withGroupJoinPerSecond, loadAverage);
    }
}
