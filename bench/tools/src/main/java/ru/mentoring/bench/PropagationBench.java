package ru.mentoring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long a mentor edit takes to reach another school's directory: mentor edits through the
 * mentor bank's API at a fixed rate, each timed from the API's answer until the school service's
 * read model holds that revision (observed by a 1 ms poll of the directory table). In the same run,
 * on the same machine, Kafka's own end-to-end latency at the same rate (producer with acks=all →
 * consumer), so the figures can be compared.
 *
 * <p>Configuration by system properties: {@code bank} and {@code school} base URLs, {@code keycloak},
 * {@code schoolJdbc}, {@code kafka}, {@code topicPrefix}, {@code rate} (edits/s), {@code seconds},
 * {@code warmup} (seconds, not counted), {@code mentors}; {@code samples}: a file for each counted edit's
 * time since the start (s) and latency (ms), to see when the slow ones happened.
 */
public final class PropagationBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bank = System.getProperty("bank", "http://127.0.0.1:28081");
    private final String keycloak = System.getProperty("keycloak", "http://localhost:8180");
    private final String schoolJdbc = System.getProperty("schoolJdbc", "jdbc:postgresql://127.0.0.1:5432/school_bench");
    private final String kafka = System.getProperty("kafka", "127.0.0.1:9092");
    private final String topicPrefix = System.getProperty("topicPrefix", "bench.");
    private final int rate = Integer.getInteger("rate", 200);
    private final int seconds = Integer.getInteger("seconds", 60);
    private final int warmup = Integer.getInteger("warmup", 10);
    private final int mentorCount = Integer.getInteger("mentors", 400);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> propagation = new ConcurrentLinkedQueue<>();
    /** Each counted edit as (answered at, ns since the start; latency, ns), written to {@code samples} if set. */
    private final ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();
    private final long startedAt = System.nanoTime();
    private final long startedAtEpochMillis = System.currentTimeMillis();
    private final ConcurrentLinkedQueue<Long> apiAnswers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> kafkaLatencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean counting;
    private volatile boolean running = true;
    private String token;

    record Pending(long revision, long answeredAt, boolean counted) {
    }

    public static void main(String[] args) throws Exception {
        new PropagationBench().run();
    }

    private void run() throws Exception {
        token = token("methodist");
        List<ObjectNode> mentors = createMentors();
        System.out.printf("created %d mentors; waiting for them in the school's directory%n", mentors.size());
        Thread poller = Thread.ofPlatform().name("directory-poller").start(this::pollDirectory);
        awaitDirectory(mentors);
        Thread kafkaProbe = Thread.ofPlatform().name("kafka-probe").start(this::probeKafka);

        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(warmup + seconds).toNanos();
        long countFrom = start + Duration.ofSeconds(warmup).toNanos();
        int sent = 0;
        try (ExecutorService edits = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long next = start; next < end; next += periodNanos) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                counting = System.nanoTime() >= countFrom;
                ObjectNode mentor = mentors.get(sent++ % mentors.size());
                boolean counted = counting;
                edits.submit(() -> edit(mentor, counted));
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        running = false;
        poller.join();
        kafkaProbe.join();
        report(sent, pending.size());
        String samples = System.getProperty("samples", "");
        if (!samples.isBlank()) {
            try (var out = new java.io.PrintWriter(samples)) {
                out.printf("# seconds since %d (epoch ms), latency in ms%n", startedAtEpochMillis);
                timeline.stream().sorted(java.util.Comparator.comparingLong(t -> t[0]))
                        .forEach(t -> out.printf("%.3f %.3f%n", t[0] / 1e9, t[1] / 1e6));
            }
        }
    }

    private void edit(ObjectNode mentor, boolean counted) {
        try {
            ObjectNode body = mentor.deepCopy();
            String id = body.remove("id").asText();
            body.put("achievements", "правка " + UUID.randomUUID());
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(bank + "/api/mentors/" + id))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            long answeredAt = System.nanoTime();
            if (answer.statusCode() != 200) {
                failures.incrementAndGet();
                return;
            }
            long revision = JSON.readTree(answer.body()).get("revision").asLong();
            pending.merge(UUID.fromString(id), new Pending(revision, answeredAt, counted),
                    (old, fresh) -> fresh.revision() > old.revision() ? fresh : old);
        } catch (Exception e) {
            failures.incrementAndGet();
        }
    }

    /** Every millisecond: which pending edits has the school's read model taken? */
    private void pollDirectory() {
        try (Connection db = DriverManager.getConnection(schoolJdbc, "school_app", "school_app");
             PreparedStatement query = db.prepareStatement("select id, revision from directory_mentor where id = any(?)")) {
            while (running || !pending.isEmpty()) {
                if (pending.isEmpty()) {
                    Thread.sleep(1);
                    if (!running) {
                        break;
                    }
                    continue;
                }
                query.setArray(1, db.createArrayOf("uuid", pending.keySet().toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    long seenAt = System.nanoTime();
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        long revision = rows.getLong(2);
                        Pending edit = pending.get(id);
                        if (edit != null && revision >= edit.revision() && pending.remove(id, edit) && edit.counted()) {
                            propagation.add(seenAt - edit.answeredAt());
                            timeline.add(new long[] {edit.answeredAt() - startedAt, seenAt - edit.answeredAt()});
                        }
                    }
                }
                Thread.sleep(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kafka alone at the same rate: acks=all producer → consumer, timed in this JVM. */
    private void probeKafka() {
        String topic = topicPrefix + "bench.kafka-latency." + UUID.randomUUID();
        var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer());
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        Thread sender = Thread.ofPlatform().start(() -> {
            long period = 1_000_000_000L / rate;
            for (long next = System.nanoTime(); running; next += period) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                producer.send(new ProducerRecord<>(topic, "k" + (next % 16), (counting ? "1:" : "0:") + System.nanoTime()));
            }
        });
        while (running) {
            for (var record : consumer.poll(Duration.ofMillis(50))) {
                long received = System.nanoTime();
                String[] parts = record.value().split(":");
                if (parts[0].equals("1")) {
                    kafkaLatencies.add(received - Long.parseLong(parts[1]));
                }
            }
        }
        try {
            sender.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
        consumer.close();
    }

    private List<ObjectNode> createMentors() throws Exception {
        List<ObjectNode> created = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < mentorCount; i++) {
            ObjectNode body = JSON.createObjectNode();
            body.put("fullName", "Нагрузочный наставник " + run + "-" + i);
            body.put("kind", "TEACHER");
            body.put("capacity", 3);
            body.put("visibility", "MUNICIPAL");
            body.putArray("strengths").add("проектная деятельность");
            body.put("achievements", "исходное");
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(bank + "/api/mentors"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("mentor not created: " + answer.statusCode() + " " + answer.headers().map() + " " + answer.body());
            }
            body.put("id", JSON.readTree(answer.body()).get("id").asText());
            created.add(body);
        }
        return created;
    }

    private void awaitDirectory(List<ObjectNode> mentors) throws Exception {
        try (Connection db = DriverManager.getConnection(schoolJdbc, "school_app", "school_app");
             PreparedStatement query = db.prepareStatement("select count(*) from directory_mentor where id = any(?)")) {
            query.setArray(1, db.createArrayOf("uuid", mentors.stream().map(m -> UUID.fromString(m.get("id").asText())).toArray()));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == mentors.size()) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the school's directory did not receive the bench mentors");
    }

    private String token(String user) throws Exception {
        String form = "grant_type=password&client_id=mentoring-cli&username=" + user + "&password=demo";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/mentoring/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(answer.body());
        return body.get("access_token").asText();
    }

    private void report(int sent, int lost) {
        System.out.printf("edits sent: %d at %d/s for %d s (+%d s warm-up); failed: %d; never seen: %d%n",
                sent, rate, seconds, warmup, failures.get(), lost);
        System.out.println(row("mentor edit → other school's directory", propagation));
        System.out.println(row("Kafka alone (acks=all producer → consumer)", kafkaLatencies));
    }

    private static String row(String what, ConcurrentLinkedQueue<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "| " + what + " | 0 | – | – | – |";
        }
        return String.format("| %s | %d | %.1f | %.1f | %.1f |", what, sorted.length, ms(percentile(sorted, 50)),
                ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
