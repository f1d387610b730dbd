import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Deletes the topics and consumer groups whose names start with a prefix, so that a test run on fresh
 * databases does not replay the events an earlier run left in its topics.
 *
 * <p>{@code java -cp 'libs/*' DropPrefix.java BOOTSTRAP PREFIX}, or, for the demo's own topics and groups,
 * which have no prefix: {@code DropPrefix.java BOOTSTRAP --all-but PREFIX...} — every topic and group but
 * Kafka's own and those starting with one of the prefixes given.
 */
public final class DropPrefix {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String prefix = args[1];
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("an empty prefix would delete every topic");
        }
        Predicate<String> doomed;
        String what;
        if (prefix.equals("--all-but")) {
            List<String> kept = List.of(args).subList(2, args.length);
            if (kept.isEmpty()) {
                throw new IllegalArgumentException("--all-but needs the prefixes to keep");
            }
            doomed = name -> !name.startsWith("__") && kept.stream().noneMatch(name::startsWith);
            what = "starting with none of " + kept;
        } else {
            doomed = name -> name.startsWith(prefix);
            what = "starting with " + prefix;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> groups = admin.listGroups().all().get(30, TimeUnit.SECONDS).stream()
                    .map(GroupListing::groupId).filter(doomed).collect(Collectors.toSet());
            if (!groups.isEmpty()) {
                admin.deleteConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
            }
            List<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(doomed).sorted().toList();
            if (!topics.isEmpty()) {
                admin.deleteTopics(topics).all().get(60, TimeUnit.SECONDS);
            }
            System.out.printf("deleted %d topics and %d consumer groups %s%n", topics.size(), groups.size(), what);
        }
    }
}
