package ru.mentoring.mentorbank.mentor;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.support.kafka.Topics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The mentor base must be a compacted topic: the latest profile per mentor is kept forever, so a new
 * school service rebuilds its directory from the topic alone. Created here before anything is
 * published (broker auto-creation would make a topic that deletes old records), and set to compact
 * if it already exists.
 */
@Singleton
class MentorBaseTopic {

    private static final Logger LOG = LoggerFactory.getLogger(MentorBaseTopic.class);

    private final String bootstrapServers;
    private final int partitions;
    private final short replicationFactor;
    private final String topic;

    MentorBaseTopic(Topics topics, @Value("${kafka.bootstrap.servers}") String bootstrapServers,
                    @Value("${mentoring.kafka.mentor-topic.partitions:3}") int partitions,
                    @Value("${mentoring.kafka.replication-factor:1}") short replicationFactor) {
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.topic = topics.name(MentorEvents.TOPIC);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            create(admin);
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                    AlterConfigOp.OpType.SET)))).all().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // the relay keeps the events in the outbox meanwhile; the next start tries again
            LOG.warn("could not make {} a compacted topic now: {}", topic, e.toString());
        }
    }

    private void create(Admin admin) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(topic, partitions, replicationFactor)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
