package dev.marketingops.e2e.support;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;

/** Who owns which marketing.activity partitions in metrics' activity consumer group, as the broker sees it. */
public final class ActivityGroup {

    public static final String GROUP = "metrics-service-activity";

    private ActivityGroup() {
    }

    /** Partition counts per member of the group that owns at least one partition; empty if the group is rebalancing. */
    public static List<Integer> ownedPartitionsPerMember() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RunningStack.get().kafka().bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(List.of(GROUP)).all()
                    .get(10, TimeUnit.SECONDS);
            return groups.get(GROUP).members().stream().map(MemberDescription::assignment)
                    .map(a -> a.topicPartitions().size()).filter(n -> n > 0).toList();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot describe consumer group " + GROUP, e);
        }
    }
}
